import { describe, expect, test } from 'vitest';
import { aggregate, noAnswer, quartiles } from '~/lib/evaluation/aggregate';
import { named, tableTest } from '../../support/table';
import { needs, response } from './responses';

describe('aggregate', () => {
  const responses = [
    response({
      round: 'before',
      assessments: [
        {
          instrument: 'mentoring-needs',
          framework: 'none',
          bands: { career: 'strong-need', belonging: 'met' },
        },
      ],
    }),
    response({ round: 'before', checkIn: { 'feel-heard': 4 }, assessments: [] }),
    response({
      round: 'end',
      assessments: [
        { instrument: 'mentoring-needs', framework: 'none', bands: { career: 'unknown-band' } },
      ],
      activity: { goalsSet: 3, goalsCompleted: 1, meetingsLogged: 6 },
    }),
    response({
      round: 'end',
      assessments: [{ instrument: 'other-tool', framework: 'aamc', bands: { x: 'b' } }],
    }),
  ];
  const agg = aggregate(responses, [needs]);

  test('respondents per round', () => {
    expect(agg.respondents).toEqual({ before: 2, middle: 0, end: 2 });
  });

  test("an area's bands in the site's order, then bands it does not know, then no band; each row adds up to the round", () => {
    const career = agg.areas.find((a) => a.area === 'career');
    expect(career?.table).toEqual({
      columns: ['strong-need', 'some-need', 'met', 'unknown-band', noAnswer],
      rows: { before: [1, 0, 0, 0, 1], middle: [0, 0, 0, 0, 0], end: [0, 0, 0, 1, 1] },
    });
  });

  test('areas: the known instrument first, in its order, then unknown ones; only areas someone has', () => {
    expect(agg.areas.map((a) => `${a.instrument}/${a.framework}/${a.area}`)).toEqual([
      'mentoring-needs/none/career',
      'mentoring-needs/none/belonging',
      'other-tool/aamc/x',
    ]);
  });

  test('check-ins: answers 1-5 and no answer (a skipped statement or no check-in)', () => {
    const heard = agg.checkIns.find((c) => c.statement === 'feel-heard');
    expect(heard?.table.rows.before).toEqual([0, 0, 0, 1, 0, 1]);
    expect(agg.checkIns.map((c) => c.statement)).toHaveLength(5);
  });

  test('activity values per round, sorted', () => {
    expect(agg.activity.end.meetingsLogged).toEqual([0, 6]);
    expect(agg.activity.middle.goalsSet).toEqual([]);
  });
});

describe('quartiles: median and middle half, never the extremes', () => {
  tableTest(
    '%s',
    named(quartiles),
    [
      ['none', [], null],
      ['one value', [4], { q1: 4, median: 4, q3: 4 }],
      ['five values', [1, 2, 3, 4, 50], { q1: 2, median: 3, q3: 4 }],
      ['an even count interpolates', [1, 2, 3, 4], { q1: 1.75, median: 2.5, q3: 3.25 }],
    ],
    { deep: true },
  );
});
