/**
 * Test data for the evaluation report: random response files (fast-check) and a checker that
 * plays the reader who wants to work out a hidden figure from the ones shown.
 */
import fc from 'fast-check';
import {
  checkInStatementIds,
  evaluationRounds,
  type EvaluationResponse,
} from '~/lib/schemas/evaluation-response';
import type { InstrumentInfo } from '~/lib/evaluation/aggregate';
import type { ReportTable } from '~/lib/evaluation/report';

export const needs: InstrumentInfo = {
  instrument: 'mentoring-needs',
  framework: 'none',
  title: 'Mentoring needs',
  areas: [
    { id: 'career', name: 'Career direction' },
    { id: 'belonging', name: 'Belonging' },
  ],
  bands: [
    { id: 'strong-need', label: 'A strong need' },
    { id: 'some-need', label: 'Some need' },
    { id: 'met', label: 'Met for now' },
  ],
};

/** A valid response; `over` replaces any field. */
export function response(over: Partial<EvaluationResponse> = {}): EvaluationResponse {
  return {
    format: 'medmentor-evaluation-response',
    version: 1,
    cohort: 'Class of 2028',
    round: 'before',
    month: '2026-09',
    assessments: [
      { instrument: 'mentoring-needs', framework: 'none', bands: { career: 'strong-need' } },
    ],
    checkIn: null,
    activity: { goalsSet: 0, goalsCompleted: 0, meetingsLogged: 0 },
    ...over,
  };
}

const band = fc.constantFrom('strong-need', 'some-need', 'met');
const answer = fc.integer({ min: 1, max: 5 });

/** Random responses of one cohort: rounds, bands, skipped areas and statements all vary. */
export const responseArb: fc.Arbitrary<EvaluationResponse> = fc
  .record({
    round: fc.constantFrom(...evaluationRounds),
    career: fc.option(band, { nil: undefined }),
    belonging: fc.option(band, { nil: undefined }),
    checkIn: fc.option(
      fc.record(
        Object.fromEntries(checkInStatementIds.map((id) => [id, answer])) as Record<
          (typeof checkInStatementIds)[number],
          fc.Arbitrary<number>
        >,
        { requiredKeys: [] },
      ),
      { nil: null },
    ),
    goalsSet: fc.integer({ min: 0, max: 12 }),
    goalsCompleted: fc.integer({ min: 0, max: 12 }),
    meetingsLogged: fc.integer({ min: 0, max: 30 }),
  })
  .map((r) => {
    const bands = Object.fromEntries(
      (['career', 'belonging'] as const).flatMap((a) => (r[a] ? [[a, r[a]]] : [])),
    );
    return response({
      round: r.round,
      assessments: Object.keys(bands).length
        ? [{ instrument: 'mentoring-needs', framework: 'none', bands }]
        : [],
      checkIn: r.checkIn,
      activity: {
        goalsSet: r.goalsSet,
        goalsCompleted: r.goalsCompleted,
        meetingsLogged: r.meetingsLogged,
      },
    });
  });

/** A line of shown numbers that add up to a shown total (null: hidden). */
interface Line {
  where: string;
  cells: (number | null)[];
  total: number | null;
}

/** The lines a reader can subtract in: each row with its total; in a before/end table, each column. */
function lines(table: ReportTable): Line[] {
  if (table.kind === 'change') {
    const last = table.rows.at(-1);
    const body = table.rows.slice(0, -1);
    return [0, 1].map((col) => ({
      where: `${table.title}, column ${table.columns[col]}`,
      cells: body.map((r) => r.cells[col]?.value ?? null),
      total: last?.cells[col]?.value ?? null,
    }));
  }
  if (table.kind === 'activity') return [];
  return table.rows.map((r) => ({
    where: `${table.title}, row ${r.label}`,
    cells: r.cells.map((c) => c?.value ?? null),
    total: r.total?.value ?? null,
  }));
}

/**
 * Every way a figure could reveal a group smaller than `k`: a shown count from 1 to k-1, a shown
 * total under k, a median of fewer than k, a share or change of a hidden count, and a hidden
 * count that subtraction recovers (the only hidden one in a line with its total shown) or hidden
 * counts whose sum, worked out from the total, is from 1 to k-1. Empty when the report is safe.
 */
export function leaks(tables: readonly ReportTable[], k: number): string[] {
  const found: string[] = [];
  const small = (n: number) => n > 0 && n < k;
  for (const table of tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, i) => {
        if (!cell) return;
        const where = `${table.title}, ${row.label}, ${table.columns[i]}`;
        if (cell.value === null && (cell.share != null || cell.range)) {
          found.push(`${where}: a hidden count has a share`);
        }
        if (
          table.kind !== 'activity' &&
          !(table.kind === 'change' && i === 2) &&
          cell.value !== null &&
          small(cell.value)
        ) {
          found.push(`${where}: shows ${cell.value}`);
        }
        const parts = [row.cells[0]?.value, row.cells[1]?.value];
        if (table.kind === 'change' && i === 2 && cell.value !== null && parts.includes(null)) {
          found.push(`${where}: a change from a hidden count`);
        }
      });
      const n = row.total?.value;
      if (n != null && small(n)) found.push(`${table.title}, ${row.label}: total ${n}`);
      if (
        table.kind === 'activity' &&
        row.cells.some((c) => c?.value != null) &&
        (n == null || n < k)
      ) {
        found.push(`${table.title}, ${row.label}: a median of a group under ${k}`);
      }
    }
    for (const line of lines(table)) {
      const hidden = line.cells.filter((c) => c === null).length;
      if (line.total === null || hidden === 0) continue;
      const rest = line.total - line.cells.reduce<number>((a, c) => a + (c ?? 0), 0);
      if (hidden === 1)
        found.push(`${line.where}: the one hidden count is ${rest}, by subtraction`);
      else if (small(rest)) found.push(`${line.where}: the hidden counts add up to ${rest}`);
    }
  }
  return found;
}
