/**
 * What the results page shows: the latest attempt of the instrument and framework, scored
 * against the current instrument, with its ends, what was left out, the change and the trend.
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
    completedAt,
    answers,
    notes: {},
    results: [],
    high: [],
    low: [],
    highTitle: 'High',
    lowTitle: 'Low',
    ...extra,
  };
}
const state = (...attempts: Attempt[]): AssessmentsState => ({ version: 1, drafts: {}, attempts });

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

  test('one attempt: scores with names, the two ends, no change or trend', () => {
    const view = resultsView(instrument, state(second));
    expect(view?.rows).toEqual([
      { id: 'a', name: 'A', score: 100, mean: 5, change: null },
      { id: 'b', name: 'B', score: 75, mean: 4, change: null },
      { id: 'c', name: 'C', score: null, mean: null, change: null },
    ]);
    expect(view?.high).toEqual([{ id: 'a', name: 'A', score: 100, text: 'a high', goal: false }]);
    // Growth areas are where the instrument recommends, so they offer "Make this a goal".
    expect(view?.low).toEqual([{ id: 'b', name: 'B', score: 75, text: 'b low', goal: true }]);
    expect(view?.unanswered).toEqual({ count: 1, areas: ['C'] });
    expect(view?.notes).toEqual([
      'One area has no score, because every item was answered "not sure" or left blank.',
    ]);
    expect([view?.attempts, view?.previousAt]).toEqual([1, null]);
    expect(view?.scale).toEqual({ min: 1, max: 5, lowest: '1', highest: '5' });
    expect(view?.personalNotes).toEqual([{ id: 'a', name: 'A', text: 'Ask about feedback' }]);
    expect(view?.next.kinds.map((k) => [k.id, k.name])).toEqual([
      ['near-peer', mentoringKindLabels['near-peer']?.name],
      ['one-to-one', mentoringKindLabels['one-to-one']?.name],
    ]);
    expect(view?.next.guides).toEqual([
      'mentees/purpose-and-direction',
      'mentees/guidance-and-support',
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

test('goalHref carries the instrument and the area to the planner', () => {
  expect(goalHref('/plan/', 'mentoring needs', 'a&b')).toBe(
    '/plan/?instrument=mentoring%20needs&domain=a%26b',
  );
});
