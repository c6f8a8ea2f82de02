/**
 * What the results page shows: the latest attempt of the instrument and framework, scored
 * against the current instrument, with each area in its band, what was left out, the change
 * and the trend.
 */
import { describe, expect, test } from 'vitest';
import { mentoringKindLabels } from '~/lib/assessment/recommend';
import type { Answers } from '~/lib/assessment/score';
import type { AssessmentsState, Attempt } from '~/lib/schemas/assessments';
import { goalHref, resultsView } from '~/lib/stores/assessment-views';
import { instrument as base } from '../assessment/fixture';

const instrument = { ...base, reflection: ['What would help most?'] };

function attempt(
  id: string,
  completedAt: string,
  answers: Answers,
  extra: Partial<Attempt> = {},
): Attempt {
  return {
    id,
    instrument: 'test',
    framework: 'none',
    title: 'Test',
    audience: 'mentee',
    completedAt,
    answers,
    notes: {},
    results: [],
    bands: [],
    close: false,
    ...extra,
  };
}
const state = (...attempts: Attempt[]): AssessmentsState => ({ version: 2, drafts: {}, attempts });

const first = attempt('t1', '2026-10-01T10:00:00.000Z', { a1: 3, a2: 3, b1: 3, b2: 3, c1: 3 });
const second = attempt(
  't2',
  '2026-11-24T10:00:00.000Z',
  // a: 5, 5 -> 100; b: 4, reverse of 2 = 4 -> 75; c left unanswered.
  { a1: 5, a2: 5, b1: 4, b2: 2 },
  { notes: { a: 'Ask about feedback', b: '  ' } },
);

describe('resultsView', () => {
  test.each([
    ['no attempt yet', state()],
    ['only another instrument', state({ ...first, instrument: 'other' })],
    ['only another framework pack', state({ ...first, framework: 'aamc' })],
  ])('%s: nothing to show', (_, s) => {
    expect(resultsView(instrument, s)).toBeNull();
  });

  test('one attempt: scores with names and bands; a high score is never a growth area', () => {
    const view = resultsView(instrument, state(second));
    expect(view?.rows).toEqual([
      { id: 'a', name: 'A', score: 100, mean: 5, band: 'High', change: null },
      { id: 'b', name: 'B', score: 75, mean: 4, band: 'High', change: null },
      { id: 'c', name: 'C', score: null, mean: null, band: 'Not enough to go on', change: null },
    ]);
    // Ranked, B (75) used to be called a growth area. By band, both are high.
    expect(view?.bands).toEqual([
      {
        id: 'high',
        heading: 'Highs',
        focus: false,
        areas: [
          {
            id: 'a',
            name: 'A',
            score: 100,
            text: 'a high',
            label: 'High',
            band: 'high',
            goal: false,
          },
          {
            id: 'b',
            name: 'B',
            score: 75,
            text: 'b high',
            label: 'High',
            band: 'high',
            goal: false,
          },
        ],
      },
    ]);
    expect(view?.notEnough).toMatchObject([
      { id: 'c', label: 'Not enough to go on', band: null, goal: false },
    ]);
    expect(view?.notEnough[0]?.text).toMatch(
      /You answered 0 of 1 statement here.*not enough to go on/,
    );
    expect(view?.unanswered).toEqual({ count: 1, areas: ['C'] });
    expect(view?.notes).toEqual([
      'Every area you answered is in one band: high. None stands out above the others, so this page does not pick a top or a bottom.',
    ]);
    expect([view?.attempts, view?.previousAt]).toEqual([1, null]);
    expect(view?.scale).toEqual({ min: 1, max: 5, lowest: '1', highest: '5' });
    expect(view?.personalNotes).toEqual([{ id: 'a', name: 'A', text: 'Ask about feedback' }]);
    // Nothing is in a band to work on, so nothing is recommended.
    expect(view?.next).toEqual({ kinds: [], guides: [], focus: 0 });
  });

  test('areas in focus bands get the next steps and "Make this a goal", most pressing first', () => {
    // a: 3 (middle), b: 1 and reverse of 4 = 2, mean 1.5 (low), c: 5 (high).
    const view = resultsView(
      instrument,
      state(attempt('x', second.completedAt, { a1: 3, a2: 3, b1: 1, b2: 4, c1: 5 })),
    );
    expect(view?.bands.map((b) => [b.id, b.areas.map((a) => [a.id, a.text, a.goal])])).toEqual([
      ['high', [['c', 'c high', false]]],
      ['middle', [['a', 'a middle', true]]],
      ['low', [['b', 'b low', true]]],
    ]);
    expect(view?.notes).toEqual([]);
    expect(view?.next.kinds.map((k) => [k.id, k.name])).toEqual([
      ['near-peer', mentoringKindLabels['near-peer']?.name],
      ['one-to-one', mentoringKindLabels['one-to-one']?.name],
    ]);
    expect(view?.next.guides).toEqual([
      'mentees/purpose-and-direction',
      'mentees/guidance-and-support',
    ]);
  });

  test('averages within closeTo of each other are called too close to tell apart', () => {
    const view = resultsView(
      instrument,
      state(attempt('x', second.completedAt, { a1: 4, a2: 4, b1: 4, b2: 2, c1: 4 })),
    );
    expect(view?.bands.map((b) => b.id)).toEqual(['high']);
    expect(view?.notes).toEqual([
      'Every area you answered is in one band: high. None stands out above the others, so this page does not pick a top or a bottom.',
      'Your averages are within 0.5 of each other on the 1 to 5 scale, so the differences between areas are too small to mean much. Talking through specific situations can show more than these numbers.',
    ]);
  });

  test('a second attempt: the change since the first, and the trend oldest first', () => {
    const view = resultsView(instrument, state(first, second));
    expect(view?.rows.map((r) => [r.id, r.change])).toEqual([
      ['a', 'up 50'],
      ['b', 'up 25'],
      ['c', 'not comparable'],
    ]);
    expect(view?.previousAt).toBe(first.completedAt);
    expect(view?.trend).toEqual({
      columns: [
        { id: 't1', completedAt: first.completedAt },
        { id: 't2', completedAt: second.completedAt },
      ],
      rows: [
        { id: 'a', name: 'A', scores: [50, 100] },
        { id: 'b', name: 'B', scores: [50, 75] },
        { id: 'c', name: 'C', scores: [50, null] },
      ],
    });
  });

  test.each<[Answers, number]>([
    [{ a1: 'not-sure', a2: 4, b1: 2, b2: 4, c1: 1 }, 1],
    [{ a1: 'not-sure', a2: 'not-sure', b1: 2, b2: 4, c1: 1 }, 2],
    [{ a1: 4, a2: 4, b1: 2, b2: 4, c1: 1 }, 0],
  ])('"not sure" answers are counted: %o -> %i', (answers, notSure) => {
    expect(resultsView(instrument, state(attempt('x', second.completedAt, answers)))?.notSure).toBe(
      notSure,
    );
  });
});

test('goalHref carries the instrument, the area and its band to the planner', () => {
  expect(goalHref('/plan/', 'mentoring needs', 'a&b')).toBe(
    '/plan/?instrument=mentoring+needs&domain=a%26b',
  );
  expect(goalHref('/plan/', 'mentoring-needs', 'guidance', 'strong-need')).toBe(
    '/plan/?instrument=mentoring-needs&domain=guidance&band=strong-need',
  );
});
