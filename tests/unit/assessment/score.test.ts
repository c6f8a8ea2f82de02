import { describe, expect, test } from 'vitest';
import { compare, describeChange, trend } from '~/lib/assessment/compare';
import { recommend } from '~/lib/assessment/recommend';
import { scoreAttempt, unansweredItems, type Answers } from '~/lib/assessment/score';
import { instrument } from './fixture';

const scores = (answers: Answers) =>
  Object.fromEntries(scoreAttempt(instrument, answers).map((s) => [s.domain, [s.mean, s.score]]));

describe('scoreAttempt', () => {
  test.each<[string, Answers, Record<string, [number | null, number | null]>]>([
    [
      'all top answers (b2 reversed)',
      { a1: 5, a2: 5, b1: 5, b2: 1, c1: 5 },
      { a: [5, 100], b: [5, 100], c: [5, 100] },
    ],
    [
      'all lowest answers',
      { a1: 1, a2: 1, b1: 1, b2: 5, c1: 1 },
      { a: [1, 0], b: [1, 0], c: [1, 0] },
    ],
    [
      'a reverse item pulls the mean down',
      { a1: 3, a2: 3, b1: 5, b2: 5, c1: 3 },
      { a: [3, 50], b: [3, 50], c: [3, 50] },
    ],
    [
      'means and rounding',
      { a1: 4, a2: 5, b1: 2, b2: 3, c1: 4 },
      { a: [4.5, 88], b: [2.5, 38], c: [4, 75] },
    ],
    [
      'every answer "not sure"',
      { a1: 'not-sure', a2: 'not-sure', b1: 'not-sure', b2: 'not-sure', c1: 'not-sure' },
      { a: [null, null], b: [null, null], c: [null, null] },
    ],
    [
      '"not sure" is left out, not counted as zero',
      { a1: 5, a2: 'not-sure', b1: 3, b2: 3, c1: 1 },
      { a: [5, 100], b: [3, 50], c: [1, 0] },
    ],
    [
      'one domain unanswered',
      { a1: 4, a2: 4, b1: 4, b2: 2 },
      { a: [4, 75], b: [4, 75], c: [null, null] },
    ],
    [
      'values not on the scale are ignored',
      { a1: 9, a2: 5, b1: 0, b2: 3, c1: 3 },
      { a: [5, 100], b: [3, 50], c: [3, 50] },
    ],
    [
      'answers to items the instrument no longer has are ignored',
      { a1: 5, a2: 5, old: 1, b1: 3, b2: 3, c1: 3 },
      { a: [5, 100], b: [3, 50], c: [3, 50] },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(scores(answers)).toEqual(expected);
  });

  test('counts answered, not sure and unanswered items per domain', () => {
    const [a, b, c] = scoreAttempt(instrument, { a1: 5, a2: 'not-sure', b1: 3 });
    expect(a).toMatchObject({ answered: 1, notSure: 1, unanswered: 0, items: 2 });
    expect(b).toMatchObject({ answered: 1, notSure: 0, unanswered: 1, items: 2 });
    expect(c).toMatchObject({ answered: 0, notSure: 0, unanswered: 1, items: 1 });
  });

  test('an item added after an attempt shows as unanswered', () => {
    const changed = {
      ...instrument,
      items: [...instrument.items, { id: 'c2', domain: 'c', text: 'new', reverse: false }],
    };
    const answers = { a1: 5, a2: 5, b1: 3, b2: 3, c1: 4 };
    expect(unansweredItems(changed, answers)).toEqual(['c2']);
    expect(scoreAttempt(changed, answers)[2]).toMatchObject({ score: 75, unanswered: 1, items: 2 });
  });
});

describe('compare and trend', () => {
  const first = scoreAttempt(instrument, { a1: 3, a2: 3, b1: 3, b2: 3, c1: 'not-sure' });
  const second = scoreAttempt(instrument, { a1: 5, a2: 5, b1: 2, b2: 4, c1: 4 });
  test('change per domain since the previous attempt', () => {
    expect(compare(first, second)).toEqual([
      { domain: 'a', delta: 50 },
      { domain: 'b', delta: -25 },
      { domain: 'c', delta: null },
    ]);
  });
  test.each([
    [12, 'up 12'],
    [-5, 'down 5'],
    [0, 'no change'],
    [null, 'not comparable'],
  ])('describeChange(%s) -> %s', (delta, text) => {
    expect(describeChange(delta)).toBe(text);
  });
  test('trend across attempts', () => {
    expect(trend([first, second], 'a')).toEqual([50, 100]);
    expect(trend([first, second], 'c')).toEqual([null, 75]);
  });
});

test('recommend gathers guides and kinds of mentoring without repeats', () => {
  expect(recommend(instrument, ['b', 'a'])).toEqual({
    guides: ['mentees/purpose-and-direction', 'mentees/guidance-and-support'],
    kinds: ['near-peer', 'one-to-one'],
  });
  expect(recommend(instrument, ['missing'])).toEqual({ guides: [], kinds: [] });
});
