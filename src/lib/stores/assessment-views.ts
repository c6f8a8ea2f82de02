/**
 * What the results page shows for one instrument, worked out from the stored attempts: the
 * latest scores with names, each area in its band (src/lib/assessment/bands.ts), what was left
 * out, the change since the previous attempt, the trend across attempts and what to do next.
 * Pure: the island renders it. Every word about an area comes from its band, never its rank.
 */
import { band, concerns } from '../assessment/bands';
import { compare, describeChange } from '../assessment/compare';
import { mentoringKindLabels, recommend } from '../assessment/recommend';
import { scoreAttempt, unansweredItems } from '../assessment/score';
import { supportNote } from '../assessment/support-note';
import { pluralCount } from '../../i18n/plural';
import { formatNumber, pageLocale } from '../format';
import type { AssessmentsState, Attempt } from '../schemas/assessments';
import type { Instrument } from '../schemas/instrument';
import { attemptsOf } from './assessments';

/** The instrument fields the results need (pages pass the instrument as data). */
export type ResultsInstrument = Pick<
  Instrument,
  'instrument' | 'framework' | 'title' | 'domains' | 'items' | 'scale' | 'results' | 'reflection'
>;

/** One area as the results describe it. */
export interface AreaView {
  id: string;
  name: string;
  score: number | null;
  /** The band's words for this area, or why there is not enough to go on. */
  text: string;
  /** The band's label ("A strong need"), or "Not enough to go on". */
  label: string;
  /** The band id, or null (not enough to go on). */
  band: string | null;
  /** Whether "Make this a goal" is offered (the area is in a focus band). */
  goal: boolean;
}

/** The areas of one band, highest average first. */
export interface BandView {
  id: string;
  heading: string;
  focus: boolean;
  areas: AreaView[];
}

export interface ResultsView {
  latest: Attempt;
  /** Who the results speak to. */
  audience: 'mentee' | 'mentor';
  /** How many attempts of this instrument and framework there are. */
  attempts: number;
  /** When the previous attempt was completed, if there is one. */
  previousAt: string | null;
  /** One band for everything, averages too close to tell apart, areas without a score. */
  notes: string[];
  /** Statements left unanswered, and the names of their areas. */
  unanswered: { count: number; areas: string[] };
  /** Bands holding at least one area, highest first. */
  bands: BandView[];
  /** Areas with too few answers to place in a band. */
  notEnough: AreaView[];
  /** What the statements' answers point to: "isolation", "exhaustion". */
  concerns: string[];
  /** The instrument's pointer to support, when the answers say so (src/lib/assessment/support-note.ts). */
  support: { title: string; note: string } | null;
  /** Every area with its score, mean, band and (after a second attempt) the change in words. */
  rows: {
    id: string;
    name: string;
    score: number | null;
    mean: number | null;
    band: string;
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
  /** Kinds of mentoring that fit, and guide ids to read, for the areas in focus. */
  next: {
    kinds: { id: string; name: string; description: string }[];
    guides: string[];
    /** How many areas are in focus bands. */
    focus: number;
  };
  /** The person's own notes, by area. */
  personalNotes: { id: string; name: string; text: string }[];
}

/** The label of areas with too few answers. */
export const notEnoughLabel = 'Not enough to go on';

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
  const locale = pageLocale();
  const rules = instrument.results;
  const name = (id: string) => instrument.domains.find((d) => d.id === id)?.name ?? id;
  const scores = scoreAttempt(instrument, latest.answers);
  const banding = band(rules, scores);
  const changes = previous ? compare(scoreAttempt(instrument, previous.answers), scores) : null;
  const next = recommend(instrument, banding.focus);
  const missing = unansweredItems(instrument, latest.answers);
  const values = instrument.scale.points.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const history = attempts.map((a) => scoreAttempt(instrument, a.answers));
  const bandOf = (id: string | null) => rules.bands.find((b) => b.id === id);

  const area = (id: string): AreaView => {
    const score = scores.find((s) => s.domain === id);
    const placed = banding.areas.find((a) => a.domain === id)?.band ?? null;
    const rule = bandOf(placed);
    const text = rule
      ? (instrument.domains.find((d) => d.id === id)?.bands[rule.id] ?? '')
      : notEnoughText(score?.answered ?? 0, score?.items ?? 0, rules.minAnswered, locale);
    return {
      id,
      name: name(id),
      score: score?.score ?? null,
      text,
      label: rule?.label ?? notEnoughLabel,
      band: placed,
      goal: banding.focus.includes(id),
    };
  };

  const notes: string[] = [];
  if (banding.oneBand) {
    notes.push(
      `Every area you answered is in one band: ${banding.oneBand.label.toLowerCase()}. None stands out above the others, so this page does not pick a top or a bottom.`,
    );
  }
  if (banding.close) {
    notes.push(
      `Your averages are within ${formatNumber(rules.closeTo, locale, 1)} of each other on the ${min} to ${max} scale, so the differences between areas are too small to mean much. Talking through specific situations can show more than these numbers.`,
    );
  }
  return {
    latest,
    audience: rules.audience,
    attempts: attempts.length,
    previousAt: previous?.completedAt ?? null,
    notes,
    unanswered: {
      count: missing.length,
      areas: [
        ...new Set(missing.map((id) => instrument.items.find((i) => i.id === id)?.domain ?? '')),
      ].map(name),
    },
    bands: banding.groups.map((g) => ({
      id: g.band.id,
      heading: g.band.heading,
      focus: g.band.focus,
      areas: g.domains.map(area),
    })),
    notEnough: banding.notEnough.map(area),
    concerns: concerns(instrument.items, latest.answers),
    support: supportNote(rules.support, instrument.items, latest.answers, banding.areas),
    rows: scores.map((s, i) => ({
      id: s.domain,
      name: name(s.domain),
      score: s.score,
      mean: s.mean,
      band: bandOf(banding.areas[i]?.band ?? null)?.label ?? notEnoughLabel,
      change: changes ? describeChange(changes[i]?.delta ?? null) : null,
    })),
    notSure: scores.reduce((sum, s) => sum + s.notSure, 0),
    scale: {
      min,
      max,
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
      focus: banding.focus.length,
    },
    personalNotes: instrument.domains
      .filter((d) => latest.notes[d.id]?.trim())
      .map((d) => ({ id: d.id, name: d.name, text: latest.notes[d.id] ?? '' })),
  };
}

/** Why an area has no band: how many of its statements were answered with a value. */
function notEnoughText(answered: number, items: number, needed: number, locale: string): string {
  return pluralCount(
    locale,
    items,
    {
      one: 'You answered {answered} of {n} statement here with a value (the rest "not sure" or left blank), so there is not enough to go on. This area needs at least {needed}. Answer it again when you have seen more of it, or talk it through with someone who has watched you work.',
      other:
        'You answered {answered} of {n} statements here with a value (the rest "not sure" or left blank), so there is not enough to go on. This area needs at least {needed}. Answer it again when you have seen more of it, or talk it through with someone who has watched you work.',
    },
    { answered, needed },
  );
}

/**
 * The link that turns an area into a goal on the planner, with the band the area is in (the
 * planner checks both against the instruments it knows: a tampered link opens an empty form).
 */
export function goalHref(
  planHref: string,
  instrument: string,
  domain: string,
  bandId: string | null = null,
): string {
  const params = new URLSearchParams({ instrument, domain });
  if (bandId) params.set('band', bandId);
  return `${planHref}?${params.toString()}`;
}
