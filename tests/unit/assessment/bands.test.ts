/**
 * Honest bands on the small test instrument (bands from 3.5 and 2.5 on a 1 to 5 scale; the
 * middle and low bands are in focus; one answer is enough for a band): each area's band follows
 * from its own average, never from the other areas.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { band, bandFor, concerns } from '~/lib/assessment/bands';
import { scoreAttempt, type Answers } from '~/lib/assessment/score';
import { named, tableTest } from '../../support/table';
import { instrument } from './fixture';

const rules = instrument.results;
const banded = (answers: Answers) => {
  const b = band(rules, scoreAttempt(instrument, answers));
  return {
    groups: Object.fromEntries(b.groups.map((g) => [g.band.id, g.domains])),
    notEnough: b.notEnough,
    oneBand: b.oneBand?.id ?? null,
    close: b.close,
    focus: b.focus,
  };
};

describe('band', () => {
  tableTest<[string, Answers], ReturnType<typeof banded>>(
    '%s',
    named(banded),
    [
      [
        'extreme high: every area in the top band, said to be one band, nothing in focus',
        { a1: 5, a2: 5, b1: 5, b2: 1, c1: 5 },
        {
          groups: { high: ['a', 'b', 'c'] },
          notEnough: [],
          oneBand: 'high',
          close: true,
          focus: [],
        },
      ],
      [
        'extreme low: every area a low, none called high because it is the "best"',
        { a1: 2, a2: 1, b1: 1, b2: 5, c1: 1 },
        {
          groups: { low: ['a', 'b', 'c'] },
          notEnough: [],
          oneBand: 'low',
          close: false,
          focus: ['b', 'c', 'a'],
        },
      ],
      [
        'flat in the middle: one band, too close to tell apart',
        { a1: 3, a2: 3, b1: 3, b2: 3, c1: 3 },
        {
          groups: { middle: ['a', 'b', 'c'] },
          notEnough: [],
          oneBand: 'middle',
          close: true,
          focus: ['a', 'b', 'c'],
        },
      ],
      [
        'mixed: each area in its own band; focus the lowest first',
        { a1: 5, a2: 4, b1: 3, b2: 3, c1: 1 },
        {
          groups: { high: ['a'], middle: ['b'], low: ['c'] },
          notEnough: [],
          oneBand: null,
          close: false,
          focus: ['c', 'b'],
        },
      ],
      [
        'sparse: an area of "not sure" has not enough to go on and is never in focus',
        { a1: 5, a2: 5, b1: 'not-sure', b2: 'not-sure', c1: 2 },
        {
          groups: { high: ['a'], low: ['c'] },
          notEnough: ['b'],
          oneBand: null,
          close: false,
          focus: ['c'],
        },
      ],
      [
        'only one area answered: no "one band" claim and no closeness claim',
        { a1: 4, a2: 4 },
        { groups: { high: ['a'] }, notEnough: ['b', 'c'], oneBand: null, close: false, focus: [] },
      ],
    ],
    { deep: true },
  );

  test('too few answers: the minimum comes from the instrument', () => {
    const strict = { ...rules, minAnswered: 2 };
    const b = band(strict, scoreAttempt(instrument, { a1: 5, a2: 5, b1: 5, b2: 1, c1: 5 }));
    expect(b.notEnough).toEqual(['c']);
    expect(b.areas.find((a) => a.domain === 'c')).toMatchObject({ band: null, answered: 1 });
  });

  test('needs-style bands (focus at the top) put the highest average first', () => {
    const needs = {
      ...rules,
      bands: rules.bands.map((b) => ({ ...b, focus: b.id !== 'low' })),
    };
    const b = band(needs, scoreAttempt(instrument, { a1: 4, a2: 4, b1: 5, b2: 1, c1: 3 }));
    expect(b.focus).toEqual(['b', 'a', 'c']);
  });
});

tableTest<[number | null], string | null>(
  'bandFor(%j): the first band whose start the average reaches',
  (mean) => bandFor(rules, mean)?.id ?? null,
  [
    [5, 'high'],
    [3.5, 'high'],
    [3.49, 'middle'],
    [2.5, 'middle'],
    [2.49, 'low'],
    [1, 'low'],
    [null, null],
  ],
);

tableTest<[Answers], string[]>(
  'concerns(%j)',
  (answers) =>
    concerns(
      [
        { id: 'a1', concern: { topic: 'isolation', answers: [1, 2] } },
        { id: 'b1', concern: { topic: 'exhaustion', answers: [4, 5] } },
        { id: 'c1' },
      ],
      answers,
    ),
  [
    [{ a1: 1, b1: 5, c1: 1 }, ['isolation', 'exhaustion']],
    [{ a1: 3, b1: 4 }, ['exhaustion']],
    [{ a1: 'not-sure', b1: 3 }, []],
    [{}, []],
  ],
  { deep: true },
);

test("property: an area's band depends only on its own answers", () => {
  const value = fc.constantFrom<1 | 2 | 3 | 4 | 5 | 'not-sure'>(1, 2, 3, 4, 5, 'not-sure');
  const answers = fc.record({ a1: value, a2: value, b1: value, b2: value, c1: value });
  fc.assert(
    fc.property(answers, answers, (first, second) => {
      // The same answers for area "a", anything for the others.
      const mixed = { ...second, a1: first.a1, a2: first.a2 };
      const one = band(rules, scoreAttempt(instrument, first)).areas[0];
      const two = band(rules, scoreAttempt(instrument, mixed)).areas[0];
      expect(two?.band).toBe(one?.band);
    }),
  );
});
