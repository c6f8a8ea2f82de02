/**
 * What the results page shows for one instrument, worked out from the stored attempts: the
 * latest scores with names, the two ends, what was left out, the change since the previous
 * attempt, the trend across attempts and what to do next. Pure: the island renders it.
 */
import { compare, describeChange } from '../assessment/compare';
import { rank } from '../assessment/rank';
import { mentoringKindLabels, recommend } from '../assessment/recommend';
import { scoreAttempt, unansweredItems } from '../assessment/score';
import type { AssessmentsState, Attempt } from '../schemas/assessments';
import type { Instrument } from '../schemas/instrument';
import { attemptsOf } from './assessments';

/** The instrument fields the results need (pages pass the instrument as data). */
export type ResultsInstrument = Pick<
  Instrument,
  'instrument' | 'framework' | 'title' | 'domains' | 'items' | 'scale' | 'results' | 'reflection'
>;

/** A domain at one end: its score and what the instrument says about that end. */
export interface EndItem {
  id: string;
  name: string;
  score: number | null;
  text: string;
  /** Whether "Make this a goal" is offered (the end the instrument recommends for). */
  goal: boolean;
}

export interface ResultsView {
  latest: Attempt;
  /** How many attempts of this instrument and framework there are. */
  attempts: number;
  /** When the previous attempt was completed, if there is one. */
  previousAt: string | null;
  /** Ties, gaps and other notes on the ranking. */
  notes: string[];
  /** Statements left unanswered, and the names of their areas. */
  unanswered: { count: number; areas: string[] };
  high: EndItem[];
  low: EndItem[];
  /** Every area with its score, mean and (after a second attempt) the change in words. */
  rows: {
    id: string;
    name: string;
    score: number | null;
    mean: number | null;
    change: string | null;
  }[];
  /** "Not sure" answers, left out of the scores. */
  notSure: number;
  /** The ends of the answer scale, e.g. 1 and 5. */
  scale: { min: number; max: number; lowest: string; highest: string };
  /** Scores of every attempt, oldest first (one column per attempt). */
  trend: {
    columns: { id: string; completedAt: string }[];
    rows: { id: string; name: string; scores: (number | null)[] }[];
  };
  /** Kinds of mentoring that fit, and guide ids to read. */
  next: { kinds: { id: string; name: string; description: string }[]; guides: string[] };
  /** The person's own notes, by area. */
  personalNotes: { id: string; name: string; text: string }[];
}

/** The results of the latest attempt at `instrument` in `state`; null before the first one. */
export function resultsView(
  instrument: ResultsInstrument,
  state: AssessmentsState,
): ResultsView | null {
  const attempts = attemptsOf(state, instrument.instrument).filter(
    (a) => a.framework === instrument.framework,
  );
  const latest = attempts.at(-1);
  if (!latest) return null;
  const previous = attempts.at(-2);
  const name = (id: string) => instrument.domains.find((d) => d.id === id)?.name ?? id;
  const scores = scoreAttempt(instrument, latest.answers);
  const ranking = rank(scores, instrument.results.highlight);
  const changes = previous ? compare(scoreAttempt(instrument, previous.answers), scores) : null;
  const focus = instrument.results.recommendFor === 'high' ? ranking.high : ranking.low;
  const next = recommend(instrument, focus);
  const missing = unansweredItems(instrument, latest.answers);
  const values = instrument.scale.points.map((p) => p.value);
  const history = attempts.map((a) => scoreAttempt(instrument, a.answers));

  const end = (ids: string[], side: 'high' | 'low'): EndItem[] =>
    ids.map((id) => ({
      id,
      name: name(id),
      score: scores.find((s) => s.domain === id)?.score ?? null,
      text: instrument.domains.find((d) => d.id === id)?.[side] ?? '',
      goal: focus.includes(id),
    }));

  return {
    latest,
    attempts: attempts.length,
    previousAt: previous?.completedAt ?? null,
    notes: ranking.notes,
    unanswered: {
      count: missing.length,
      areas: [
        ...new Set(missing.map((id) => instrument.items.find((i) => i.id === id)?.domain ?? '')),
      ].map(name),
    },
    high: end(ranking.high, 'high'),
    low: end(ranking.low, 'low'),
    rows: scores.map((s, i) => ({
      id: s.domain,
      name: name(s.domain),
      score: s.score,
      mean: s.mean,
      change: changes ? describeChange(changes[i]?.delta ?? null) : null,
    })),
    notSure: scores.reduce((sum, s) => sum + s.notSure, 0),
    scale: {
      min: Math.min(...values),
      max: Math.max(...values),
      lowest: instrument.scale.points[0]?.label ?? '',
      highest: instrument.scale.points.at(-1)?.label ?? '',
    },
    trend: {
      columns: attempts.map((a) => ({ id: a.id, completedAt: a.completedAt })),
      rows: instrument.domains.map((d) => ({
        id: d.id,
        name: d.name,
        scores: history.map((s) => s.find((x) => x.domain === d.id)?.score ?? null),
      })),
    },
    next: {
      kinds: next.kinds.map((id) => ({
        id,
        name: mentoringKindLabels[id]?.name ?? id,
        description: mentoringKindLabels[id]?.description ?? '',
      })),
      guides: next.guides,
    },
    personalNotes: instrument.domains
      .filter((d) => latest.notes[d.id]?.trim())
      .map((d) => ({ id: d.id, name: d.name, text: latest.notes[d.id] ?? '' })),
  };
}

/** The link that turns an area into a goal on the planner. */
export function goalHref(planHref: string, instrument: string, domain: string): string {
  return `${planHref}?instrument=${encodeURIComponent(instrument)}&domain=${encodeURIComponent(domain)}`;
}
