import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aggregate } from '~/lib/evaluation/aggregate';
import { addFiles, emptySet } from '~/lib/evaluation/read-files';
import { reportTables } from '~/lib/evaluation/report-csv';
import { buildReport } from '~/lib/evaluation/report';
import { leaks, needs, response, responseArb } from './responses';

const labels = { instruments: [needs], statements: { 'feel-heard': 'I feel heard' } };
const report = (responses: Parameters<typeof aggregate>[0], k = 5) =>
  buildReport(aggregate(responses, [needs]), k, labels);

const many = (n: number, over: Parameters<typeof response>[0]) =>
  Array.from({ length: n }, () => response(over));
const career = (band: string) => ({
  assessments: [
    { instrument: 'mentoring-needs', framework: 'none' as const, bands: { career: band } },
  ],
});

describe('the report', () => {
  // Before: 8 strong need, 4 some need, 1 met. Middle: 3. End: 4 strong need, 9 some, 6 met.
  const responses = [
    ...many(8, { round: 'before', ...career('strong-need') }),
    ...many(4, { round: 'before', ...career('some-need') }),
    ...many(1, { round: 'before', ...career('met') }),
    ...many(3, { round: 'middle', ...career('met') }),
    ...many(4, { round: 'end', ...career('strong-need') }),
    ...many(9, { round: 'end', ...career('some-need') }),
    ...many(6, { round: 'end', ...career('met') }),
  ];
  const r = report(responses);

  test('responses per round: a round under 5 is hidden, and so is the total that would give it away', () => {
    expect(r.respondents.rows[0]?.cells.map((c) => c?.value)).toEqual([13, null, 19]);
    expect(r.respondents.rows[0]?.total?.value).toBeNull();
  });

  test("an area's bands per round, with shares; small counts hidden, with a second so neither can be worked out", () => {
    const dist = r.areas[0]?.distribution;
    expect(dist?.title).toBe('Mentoring needs — Career direction');
    expect(dist?.level).toBe(2);
    expect(dist?.columns).toEqual(['A strong need', 'Some need', 'Met for now', 'No band']);
    const [before, middle, end] = dist?.rows ?? [];
    expect(before?.cells.map((c) => c?.value)).toEqual([8, null, null, 0]);
    expect(before?.cells[0]?.share).toBeCloseTo(8 / 13);
    expect(before?.total?.value).toBe(13);
    expect(middle?.cells.every((c) => c?.value === null)).toBe(true);
    expect(middle?.total).toBeNull();
    expect(middle?.note).toMatch(/Fewer than 5 responses/);
    expect(end?.cells.map((c) => c?.value)).toEqual([null, 9, null, 0]);
  });

  test('before and end: a change only where both shares are shown', () => {
    const change = r.areas[0]?.change;
    expect(
      change?.rows.map((row) => [row.label, ...row.cells.map((c) => c?.value ?? null)]),
    ).toEqual([
      ['A strong need', 8, null, null],
      ['Some need', null, 9, null],
      ['Met for now', null, null, null],
      ['No band', 0, 0, 0],
      ['All respondents', 13, 19, null],
    ]);
  });

  test('no change without 5 responses in both before and end', () => {
    const change = report(many(7, { round: 'before', ...career('met') })).areas[0]?.change;
    expect(change?.rows).toEqual([]);
    expect(change?.note).toMatch(/at least 5 responses in both/);
  });

  test('a whole group moving: the change in points', () => {
    const moved = report([
      ...many(6, { round: 'before', ...career('strong-need') }),
      ...many(5, { round: 'end', ...career('strong-need') }),
      ...many(5, { round: 'end', ...career('met') }),
    ]);
    expect(moved.areas[0]?.change.rows[0]?.cells[2]?.value).toBe(-50);
  });

  test('activity: medians and quartiles for a round of at least 5, nothing for a smaller one', () => {
    const act = report([
      ...[1, 2, 3, 4, 10].map((g) =>
        response({
          round: 'before',
          activity: { goalsSet: g, goalsCompleted: 0, meetingsLogged: 2 },
        }),
      ),
      ...many(2, { round: 'end' }),
    ]).activity;
    expect(act.level).toBe(3);
    expect(act.rows[0]?.cells[0]).toEqual({ value: 3, range: [2, 4] });
    expect(act.rows[1]?.cells.every((c) => c?.value === null)).toBe(true);
  });

  test('check-ins are level 1, worded by the site', () => {
    const heard = r.checkIns.find((c) => c.id === 'check-in-feel-heard');
    expect(heard?.title).toBe('I feel heard');
    expect(heard?.level).toBe(1);
    expect(heard?.columns[0]).toBe('1 Strongly disagree');
  });
});

describe('suppression holds for any set of responses (property)', () => {
  test('no figure shows a group under k, directly or by subtraction', () => {
    fc.assert(
      fc.property(
        fc.array(responseArb, { maxLength: 60 }),
        fc.integer({ min: 5, max: 8 }),
        (responses, k) => {
          expect(leaks(reportTables(report(responses, k)), k)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the checker finds a leak when there is one', () => {
    const r = report(many(12, { round: 'before', ...career('met') }));
    const dist = r.areas[0]?.distribution;
    const row = dist?.rows[0];
    if (!dist || !row) throw new Error('no table');
    // One hidden count in a row with its total shown: 12 - shown = the hidden count.
    row.cells = [{ value: null }, { value: 0 }, { value: 9 }, { value: 0 }];
    expect(leaks([dist], 5)).toEqual([
      expect.stringMatching(/one hidden count is 3, by subtraction/),
    ]);
    row.cells = [{ value: 3 }, { value: 0 }, { value: 9 }, { value: 0 }];
    expect(leaks([dist], 5)[0]).toMatch(/shows 3/);
  });
});

test('200 response files are read, checked and aggregated in under 2 s', async () => {
  const files = fc.sample(responseArb, { numRuns: 200, seed: 20 }).map((r, i) => {
    const text = JSON.stringify(r);
    return { name: `response-${i}.json`, size: text.length, text: () => Promise.resolve(text) };
  });
  const start = performance.now();
  const set = await addFiles(emptySet, files);
  const built = report(set.responses);
  const ms = performance.now() - start;
  expect(set.responses).toHaveLength(200);
  expect(built.respondents.rows[0]?.cells.some((c) => c?.value != null)).toBe(true);
  console.log(`200 files read, checked and aggregated in ${ms.toFixed(0)} ms`);
  expect(ms).toBeLessThan(2000);
});
