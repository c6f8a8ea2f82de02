/**
 * The report a program lead may share: the aggregate's counts as tables, with every count that
 * could describe fewer than `k` people hidden (suppress.ts). A round with fewer than `k`
 * responses shows no figure at all; its count of responses is hidden too, and so is the total
 * of all rounds, so it cannot be worked out. Medians and quartiles, never the lowest or highest
 * value, and only for a round of at least `k`. Each figure carries its Kirkpatrick level.
 * The page, its print and the CSV (report-csv.ts) all show exactly these tables.
 */
import { agreeScale } from '../checkins/statements';
import { evaluationRounds, type EvaluationRound } from '../schemas/evaluation-response';
import {
  activityMeasures,
  noAnswer,
  quartiles,
  type ActivityMeasure,
  type Aggregate,
  type CountTable,
  type InstrumentInfo,
} from './aggregate';
import { suppressLine } from './suppress';

export const roundLabels: Record<EvaluationRound, string> = {
  before: 'Before',
  middle: 'Middle',
  end: 'End',
};

/** Kirkpatrick's four levels; MedMentor's files speak to the first three. */
export const levelNames = { 1: 'Reaction', 2: 'Learning', 3: 'Behavior', 4: 'Results' } as const;
export type Level = 1 | 2 | 3;

const measureLabels: Record<ActivityMeasure, string> = {
  goalsSet: 'Goals set',
  goalsCompleted: 'Goals completed',
  meetingsLogged: 'Meetings logged',
};

/** A figure: a count or median (null: hidden), its share of the row's respondents, its quartiles. */
export interface Cell {
  value: number | null;
  /** The count's share (0-1) of the respondents in its round; null when hidden. */
  share?: number | null;
  /** Lower and upper quartile, for a median. */
  range?: readonly [number, number];
}

export interface ReportRow {
  label: string;
  /** One per column; null where the column does not apply (not a hidden figure). */
  cells: (Cell | null)[];
  /** The respondents the row is about, or null where not shown. */
  total: Cell | null;
  /** Why figures are missing, when they are. */
  note?: string;
}

export type TableKind = 'respondents' | 'distribution' | 'change' | 'activity';

export interface ReportTable {
  id: string;
  kind: TableKind;
  title: string;
  level: Level | null;
  /** The heading of the first column. */
  rowHeader: string;
  columns: string[];
  /** The heading of the totals column. */
  totalLabel: string;
  rows: ReportRow[];
  /** Said under the table. */
  note?: string;
}

export interface Report {
  k: number;
  respondents: ReportTable;
  areas: { distribution: ReportTable; change: ReportTable }[];
  checkIns: ReportTable[];
  activity: ReportTable;
}

export interface ReportLabels {
  instruments: readonly InstrumentInfo[];
  /** Check-in statement wording by id; the id is shown when missing. */
  statements: Readonly<Record<string, string>>;
}

const tooFew = (k: number) => `Fewer than ${k} responses in this round: no figure is shown.`;
const allHiddenNote = (k: number) =>
  `Every count hidden: showing any of them would reveal a group of fewer than ${k}.`;

/** A table of counts per round, each round's row suppressed on its own. */
function distribution(
  base: Omit<ReportTable, 'kind' | 'rows' | 'rowHeader' | 'totalLabel' | 'columns'>,
  table: CountTable,
  columns: string[],
  counts: Aggregate['respondents'],
  k: number,
): ReportTable {
  const rows = evaluationRounds
    .filter((round) => counts[round] > 0)
    .map((round): ReportRow => {
      const n = counts[round];
      const label = roundLabels[round];
      if (n < k) {
        return { label, cells: columns.map(() => ({ value: null })), total: null, note: tooFew(k) };
      }
      const line = suppressLine(table.rows[round], k);
      const cells = line.cells.map((value) => ({
        value,
        share: value === null ? null : value / n,
      }));
      const hidden = line.cells.every((c) => c === null);
      return { label, cells, total: { value: n }, ...(hidden ? { note: allHiddenNote(k) } : {}) };
    });
  return {
    ...base,
    kind: 'distribution',
    rowHeader: 'Round',
    columns,
    totalLabel: 'Responses',
    rows,
  };
}

/** Before and end side by side, with the change in each share (percentage points). */
function change(dist: ReportTable, k: number): ReportTable {
  const before = dist.rows.find((r) => r.label === roundLabels.before);
  const end = dist.rows.find((r) => r.label === roundLabels.end);
  const table: ReportTable = {
    id: `${dist.id}-change`,
    kind: 'change',
    title: `${dist.title}: before and end`,
    level: dist.level,
    rowHeader: 'Band',
    columns: [roundLabels.before, roundLabels.end, 'Change (points)'],
    totalLabel: '',
    rows: [],
  };
  if (!before?.total || !end?.total) {
    return {
      ...table,
      note: `Needs at least ${k} responses in both the before and the end round.`,
    };
  }
  const rows = dist.columns.map((label, i): ReportRow => {
    const b = before.cells[i] ?? null;
    const e = end.cells[i] ?? null;
    const shares = b?.share != null && e?.share != null ? [b.share, e.share] : null;
    const points = shares ? Math.round(((shares[1] ?? 0) - (shares[0] ?? 0)) * 1000) / 10 : null;
    return { label, cells: [b, e, { value: points }], total: null };
  });
  rows.push({ label: 'All respondents', cells: [before.total, end.total, null], total: null });
  return { ...table, rows };
}

function areaColumns(info: InstrumentInfo | undefined, table: CountTable): string[] {
  return table.columns.map((id) =>
    id === noAnswer ? 'No band' : (info?.bands.find((b) => b.id === id)?.label ?? id),
  );
}

/** Every figure of the report, with small groups hidden. `k` is the config's `minGroupSize`. */
export function buildReport(agg: Aggregate, k: number, labels: ReportLabels): Report {
  const counts = agg.respondents;
  const line = suppressLine(
    evaluationRounds.map((r) => counts[r]),
    k,
    'hide-if-needed',
  );
  const respondents: ReportTable = {
    id: 'respondents',
    kind: 'respondents',
    title: 'Responses per round',
    level: null,
    rowHeader: 'Figure',
    columns: evaluationRounds.map((r) => roundLabels[r]),
    totalLabel: 'All rounds',
    rows: [
      {
        label: 'Responses',
        cells: line.cells.map((value) => ({ value })),
        total: { value: line.total },
      },
    ],
  };

  const areas = agg.areas.map(({ instrument, framework, area, table }) => {
    const info = labels.instruments.find(
      (i) => i.instrument === instrument && i.framework === framework,
    );
    const name = info?.areas.find((a) => a.id === area)?.name ?? area;
    const tool =
      info?.title ?? (framework === 'none' ? instrument : `${instrument} (${framework})`);
    const title = `${tool} — ${name}`;
    const dist = distribution(
      { id: `area-${instrument}-${framework}-${area}`, title, level: 2 },
      table,
      areaColumns(info, table),
      counts,
      k,
    );
    return { distribution: dist, change: change(dist, k) };
  });

  const checkIns = agg.checkIns.map(({ statement, table }) =>
    distribution(
      { id: `check-in-${statement}`, title: labels.statements[statement] ?? statement, level: 1 },
      table,
      table.columns.map((c) =>
        c === noAnswer
          ? 'No answer'
          : `${c} ${agreeScale.find((a) => String(a.value) === c)?.label ?? ''}`.trim(),
      ),
      counts,
      k,
    ),
  );

  const activity: ReportTable = {
    id: 'activity',
    kind: 'activity',
    title: 'Goals and meetings: median (middle half)',
    level: 3,
    rowHeader: 'Round',
    columns: activityMeasures.map((m) => measureLabels[m]),
    totalLabel: 'Responses',
    rows: evaluationRounds
      .filter((round) => counts[round] > 0)
      .map((round): ReportRow => {
        const n = counts[round];
        const label = roundLabels[round];
        if (n < k) {
          return {
            label,
            cells: activityMeasures.map(() => ({ value: null })),
            total: null,
            note: tooFew(k),
          };
        }
        const cells = activityMeasures.map((m): Cell => {
          const q = quartiles(agg.activity[round][m]);
          return q ? { value: q.median, range: [q.q1, q.q3] } : { value: null };
        });
        return { label, cells, total: { value: n } };
      }),
  };

  return { k, respondents, areas, checkIns, activity };
}
