/**
 * A cohort's evaluation responses counted, before anything is hidden: respondents per round, for
 * each self-assessment area and each check-in statement a table of counts per round, and the
 * goal and meeting counts per round. Every row of a table sums to the round's respondents (a
 * "no answer" column holds those without one), so no table gives away more than the number of
 * respondents, which the report shows anyway. Pure: the page reads and checks the files
 * (read-files.ts), suppress.ts and report.ts decide what may be shown.
 */
import {
  checkInStatementIds,
  evaluationRounds,
  type EvaluationResponse,
  type EvaluationRound,
} from '../schemas/evaluation-response';

/**
 * The column of those with no answer: no band for the area, or the statement skipped. Not an id
 * a file can hold (ids are a-z, 0-9 and "-"), so no band can be counted in it.
 */
export const noAnswer = '(none)';

/** What the site knows of an instrument, for names and the order of bands (highest first). */
export interface InstrumentInfo {
  instrument: string;
  framework: string;
  title: string;
  areas: readonly { id: string; name: string }[];
  bands: readonly { id: string; label: string }[];
}

/** Counts per round: `rows[round][i]` is how many respondents of that round are in `columns[i]`. */
export interface CountTable {
  /** Column ids (bands or answers 1-5), then {@link noAnswer} last. */
  columns: string[];
  rows: Record<EvaluationRound, number[]>;
}

export interface AreaCounts {
  instrument: string;
  framework: string;
  area: string;
  table: CountTable;
}

export type ActivityMeasure = keyof EvaluationResponse['activity'];
export const activityMeasures: readonly ActivityMeasure[] = [
  'goalsSet',
  'goalsCompleted',
  'meetingsLogged',
];

export interface Aggregate {
  respondents: Record<EvaluationRound, number>;
  /** Areas in the site's order of instruments and areas, then unknown ones by id. */
  areas: AreaCounts[];
  checkIns: { statement: string; table: CountTable }[];
  /** Each measure's values per round, sorted from low to high. */
  activity: Record<EvaluationRound, Record<ActivityMeasure, number[]>>;
}

const perRound = <T>(make: () => T) =>
  Object.fromEntries(evaluationRounds.map((r) => [r, make()])) as Record<EvaluationRound, T>;

/** Known ids in their order, then the others seen, sorted. */
function ordered(known: readonly string[], seen: Iterable<string>): string[] {
  const others = [...new Set(seen)].filter((id) => !known.includes(id)).sort();
  return [...known, ...others];
}

/** One table: the value each response gives (undefined: no answer), counted by round. */
function countTable(
  responses: readonly EvaluationResponse[],
  columns: readonly string[],
  value: (r: EvaluationResponse) => string | undefined,
): CountTable {
  const all = [...columns, noAnswer];
  const rows = perRound(() => all.map(() => 0));
  for (const response of responses) {
    const i = all.indexOf(value(response) ?? noAnswer);
    const row = rows[response.round];
    row[i] = (row[i] ?? 0) + 1;
  }
  return { columns: all, rows };
}

const key = (instrument: string, framework: string) => `${instrument} ${framework}`;

/** Counts every figure of the report from one cohort's responses. */
export function aggregate(
  responses: readonly EvaluationResponse[],
  instruments: readonly InstrumentInfo[] = [],
): Aggregate {
  const respondents = perRound(() => 0);
  const activity = perRound(() => ({
    goalsSet: [] as number[],
    goalsCompleted: [] as number[],
    meetingsLogged: [] as number[],
  }));
  // Areas and bands seen, per instrument and framework, in the order first met.
  const seen = new Map<string, { areas: Set<string>; bands: Set<string> }>();
  for (const response of responses) {
    respondents[response.round] += 1;
    for (const m of activityMeasures) activity[response.round][m].push(response.activity[m]);
    for (const a of response.assessments) {
      const k = key(a.instrument, a.framework);
      const entry = seen.get(k) ?? { areas: new Set<string>(), bands: new Set<string>() };
      seen.set(k, entry);
      for (const [area, band] of Object.entries(a.bands)) {
        entry.areas.add(area);
        entry.bands.add(band);
      }
    }
  }
  for (const round of evaluationRounds) {
    for (const m of activityMeasures) activity[round][m].sort((a, b) => a - b);
  }

  const info = new Map(instruments.map((i) => [key(i.instrument, i.framework), i]));
  const knownOrder = instruments.map((i) => key(i.instrument, i.framework));
  const areas: AreaCounts[] = [];
  for (const k of ordered(knownOrder, seen.keys())) {
    const entry = seen.get(k);
    if (!entry) continue;
    const known = info.get(k);
    const [instrument = '', framework = ''] = k.split(' ');
    const bands = ordered(known?.bands.map((b) => b.id) ?? [], entry.bands);
    const areaIds = ordered(known?.areas.map((a) => a.id) ?? [], entry.areas).filter((a) =>
      entry.areas.has(a),
    );
    for (const area of areaIds) {
      const table = countTable(
        responses,
        bands,
        (r) =>
          r.assessments.find((a) => a.instrument === instrument && a.framework === framework)
            ?.bands[area],
      );
      areas.push({ instrument, framework, area, table });
    }
  }

  const answers = ['1', '2', '3', '4', '5'];
  const checkIns = checkInStatementIds.map((statement) => ({
    statement,
    table: countTable(responses, answers, (r) => {
      const answer = r.checkIn?.[statement];
      return answer === undefined ? undefined : String(answer);
    }),
  }));

  return { respondents, areas, checkIns, activity };
}

/**
 * The median and quartiles of sorted values (linear between neighbours, as spreadsheets do), or
 * null for no values. Never the lowest or highest: in a small group those are one person.
 */
export function quartiles(
  sorted: readonly number[],
): { q1: number; median: number; q3: number } | null {
  if (sorted.length === 0) return null;
  const at = (p: number) => {
    const pos = (sorted.length - 1) * p;
    const low = Math.floor(pos);
    const a = sorted[low] ?? 0;
    const b = sorted[Math.min(low + 1, sorted.length - 1)] ?? a;
    return a + (b - a) * (pos - low);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}
