/**
 * The person's needs for "Suggested for you": the areas in focus bands ("A strong need", "Some
 * need") of their latest "What do I need from a mentor?", most pressing first, each with the
 * help areas that meet it. An area whose need is met for now, or with too few answers to place,
 * is never a need.
 */
import { summarizeAttempt } from '../assessment/summary';
import type { Attempt } from '../schemas/assessments';
import type { Need } from './match';

/** The instrument whose results are the person's needs. */
export const needsInstrument = 'mentoring-needs';

/** The help areas of each needs domain, by domain id (from the instrument, at build time). */
export type NeedAreas = Record<string, Pick<Need, 'helpAreas'>>;

/** The needs in an attempt's focus bands that some help area meets, most pressing first. */
export function needsFromAttempt(
  attempt: Pick<Attempt, 'results' | 'bands' | 'close' | 'audience'>,
  areas: NeedAreas,
): Need[] {
  return summarizeAttempt(attempt).focus.flatMap((f) => {
    const helpAreas = areas[f.domain]?.helpAreas ?? [];
    return helpAreas.length ? [{ name: f.name, band: f.label, helpAreas }] : [];
  });
}

/**
 * The needs from the latest needs attempt among these (one per instrument): null when the
 * person has not taken it, an empty list when nothing they need is in a focus band.
 */
export function latestNeeds(
  latest: readonly Attempt[],
  areas: Record<string, NeedAreas>,
): Need[] | null {
  const attempt = latest.find((a) => a.instrument === needsInstrument);
  return attempt ? needsFromAttempt(attempt, areas[needsInstrument] ?? {}) : null;
}
