/**
 * What a completed self-assessment says, in words, from its stored snapshot: the areas in each
 * band, the areas with not enough to go on, and the areas in focus. The brief, the home page
 * and the share summary all read it from here, so they say what the results page says.
 */
import type { Attempt } from '../schemas/assessments';

type Snapshot = Pick<Attempt, 'results' | 'bands' | 'close' | 'audience'>;

export interface BandGroup {
  id: string;
  label: string;
  heading: string;
  focus: boolean;
  /** Area names, the highest score first. */
  names: string[];
}

export interface AttemptSummary {
  /** Bands that hold at least one area, highest first. */
  groups: BandGroup[];
  /** Areas with too few answers to place in a band. */
  notEnough: string[];
  /** Areas in focus bands, most pressing first, each with its band's label. */
  focus: { domain: string; name: string; label: string }[];
  /** The one band every placed area is in, when there are two or more areas. */
  oneBand: string | null;
  close: boolean;
}

export function summarizeAttempt(attempt: Snapshot): AttemptSummary {
  const placed = attempt.results.filter((r) => r.band !== null);
  const score = (r: { score: number | null }) => r.score ?? 0;
  const groups = attempt.bands
    .map((band) => ({
      ...band,
      names: placed
        .filter((r) => r.band === band.id)
        .sort((a, b) => score(b) - score(a))
        .map((r) => r.name),
    }))
    .filter((g) => g.names.length > 0);
  const focusAtTop = attempt.bands[0]?.focus ?? false;
  const label = (id: string | null) => attempt.bands.find((b) => b.id === id)?.label ?? '';
  const focusIds = new Set(attempt.bands.filter((b) => b.focus).map((b) => b.id));
  const focus = placed
    .filter((r) => r.band !== null && focusIds.has(r.band))
    .sort((a, b) => (focusAtTop ? score(b) - score(a) : score(a) - score(b)))
    .map((r) => ({ domain: r.domain, name: r.name, label: label(r.band) }));
  return {
    groups,
    notEnough: attempt.results.filter((r) => r.band === null).map((r) => r.name),
    focus,
    oneBand: placed.length > 1 && groups.length === 1 ? (groups[0]?.label ?? null) : null,
    close: attempt.close,
  };
}

/** "A strong need: Guidance and support, Networking. Met for now: Belonging and community." */
export function bandLine(summary: AttemptSummary): string {
  return [
    ...summary.groups.map((g) => `${g.label}: ${g.names.join(', ')}.`),
    summary.notEnough.length ? `Not enough answers to go on: ${summary.notEnough.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The heading of the areas in focus, for the person ("Your top needs") or, with their name,
 * for their mentor ("Ana's top needs", "Ana's growth areas as a mentor").
 */
export function focusTitle(attempt: Pick<Attempt, 'bands' | 'audience'>, name?: string | null) {
  const noun = attempt.bands[0]?.focus ? 'top needs' : 'growth areas';
  const tail = attempt.audience === 'mentor' ? ' as a mentor' : '';
  if (name === undefined) return `Your ${noun}${tail}`;
  return name ? `${name}'s ${noun}${tail}` : `${noun[0]?.toUpperCase()}${noun.slice(1)}${tail}`;
}

/** "Guidance and support (a strong need), Networking (some need)", or null when none. */
export function focusLine(summary: AttemptSummary): string | null {
  if (summary.focus.length === 0) return null;
  return summary.focus.map((f) => `${f.name} (${f.label.toLowerCase()})`).join(', ');
}
