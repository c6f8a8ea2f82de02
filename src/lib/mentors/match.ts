/**
 * "Suggested for you": mentors ranked against a person's needs (the areas in focus bands of
 * "What do I need from a mentor?", see needs.ts) and the interests they type in. Runs in the
 * browser on data already on the page; nothing is sent anywhere. Each suggestion says which
 * needs and interests it matches (reasons.ts).
 *
 * Points: 2 for each help area a mentor shares with a need, 3 for each interest of the
 * person that a mentor's interests, specialty, help areas or affinity groups mention. Mentors
 * who are full are never suggested; a waitlist costs 1 point and is said in the reasons. Ties
 * are ordered by name, and mentors tied with the last place are included up to a maximum (six):
 * in a directory of thousands, hundreds can tie, and the rest are counted, not shown.
 */
import { pageLocale } from '../format';
import { matchReason, type MatchedNeed } from './reasons';
import { helpAreaLabels, type Availability, type HelpArea } from './vocab';

export interface MatchableMentor {
  slug: string;
  name: string;
  specialty: string;
  helpAreas: readonly HelpArea[];
  interests: readonly string[];
  affinityGroups: readonly string[];
  availability: Availability;
}

/** A need from the needs self-assessment, with the help areas that meet it. */
export interface Need {
  name: string;
  /** The band's label when it comes from a completed self-assessment, e.g. "A strong need". */
  band?: string;
  helpAreas: readonly HelpArea[];
}

export interface Suggestion {
  slug: string;
  points: number;
  reasons: string[];
}

// toLowerCase is toLocaleLowerCase('en-US') without the locale lookup, which is slow over thousands.
const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Splits what a person typed ("research, global health; teaching") into interests. */
export function parseInterests(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const value = normalize(part).slice(0, 60);
    if (value.length >= 2) seen.add(value);
  }
  return [...seen].slice(0, 12);
}

/**
 * What each mentor offers that an interest can name, normalized once per mentor object: over
 * thousands of mentors, suggestions follow every change of needs and interests.
 */
const offered = new WeakMap<MatchableMentor, string[]>();

function offersOf(mentor: MatchableMentor): string[] {
  let fields = offered.get(mentor);
  if (!fields) {
    fields = [
      ...mentor.interests,
      mentor.specialty,
      ...mentor.helpAreas.map((a) => helpAreaLabels[a]),
      ...mentor.affinityGroups,
    ].map(normalize);
    offered.set(mentor, fields);
  }
  return fields;
}

/** What the mentor offers that an interest names (case-insensitive, either way round). */
function interestHits(mentor: MatchableMentor, interest: string): boolean {
  return offersOf(mentor).some(
    (field) => field.includes(interest) || (field.length >= 4 && interest.includes(field)),
  );
}

interface Match {
  points: number;
  needs: MatchedNeed[];
  interests: string[];
}

/** Points and what matched, without the words: null when nothing matches or the mentor is full. */
function matchOf(
  mentor: MatchableMentor,
  needs: readonly Need[],
  interests: readonly string[],
): Match | null {
  if (mentor.availability === 'full') return null;
  let points = 0;
  const matched: MatchedNeed[] = [];
  for (const need of needs) {
    const shared = mentor.helpAreas.filter((a) => need.helpAreas.includes(a)).length;
    if (shared === 0) continue;
    points += 2 * shared;
    matched.push({ name: need.name, band: need.band });
  }
  const liked = interests.filter((i) => i && interestHits(mentor, i));
  points += 3 * liked.length;
  if (points === 0) return null;
  if (mentor.availability === 'waitlist') points -= 1;
  return points > 0 ? { points, needs: matched, interests: liked } : null;
}

function suggestionOf(mentor: MatchableMentor, match: Match): Suggestion {
  const why = matchReason(match.needs, match.interests, pageLocale());
  const reasons = why ? [why] : [];
  if (mentor.availability === 'waitlist') reasons.push('Has a waitlist at the moment.');
  return { slug: mentor.slug, points: match.points, reasons };
}

/** Scores one mentor; null when nothing matches or the mentor is full. */
export function scoreMentor(
  mentor: MatchableMentor,
  needs: readonly Need[],
  interests: readonly string[],
): Suggestion | null {
  const match = matchOf(mentor, needs, interests.map(normalize));
  return match && suggestionOf(mentor, match);
}

/** The suggestions to show, and how many more mentors match as well as the last of them. */
export interface Suggestions {
  suggestions: Suggestion[];
  /** Mentors tied with the last suggestion who did not fit under `max`: "N more match as well". */
  more: number;
}

export interface SuggestOptions {
  /** How many suggestions to aim for; mentors tied with the last place come too. Default 3. */
  limit?: number;
  /** The most suggestions ever shown, ties included (at least `limit`). Default 6. */
  max?: number;
}

/**
 * The best matches, highest first, ties by name: `limit` of them plus those tied with the last,
 * up to `max`; `more` counts the tied mentors left out. Empty when there are no needs and no
 * interests, or nothing matches.
 */
export function rankSuggestions(
  mentors: readonly MatchableMentor[],
  needs: readonly Need[],
  interests: readonly string[],
  { limit = 3, max = 6 }: SuggestOptions = {},
): Suggestions {
  const wanted = interests.map(normalize);
  const scored: { mentor: MatchableMentor; match: Match }[] = [];
  for (const mentor of mentors) {
    const match = matchOf(mentor, needs, wanted);
    if (match) scored.push({ mentor, match });
  }
  const cut = scored.map((s) => s.match.points).sort((a, b) => b - a)[limit - 1] ?? 0;
  const eligible = scored.filter((s) => s.match.points >= cut);
  const show = Math.max(limit, max);
  // Only the few shown are put in order by name: thousands can tie.
  const best: typeof scored = [];
  const before = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.match.points - a.match.points || a.mentor.name.localeCompare(b.mentor.name);
  for (const s of eligible) {
    const last = best[best.length - 1];
    if (best.length === show && last && before(s, last) >= 0) continue;
    const at = best.findIndex((b) => before(s, b) < 0);
    best.splice(at === -1 ? best.length : at, 0, s);
    if (best.length > show) best.pop();
  }
  return {
    suggestions: best.map((s) => suggestionOf(s.mentor, s.match)),
    more: eligible.length - best.length,
  };
}

/** The suggestions alone (`rankSuggestions` also says how many more match as well). */
export function suggestMentors(
  mentors: readonly MatchableMentor[],
  needs: readonly Need[],
  interests: readonly string[],
  limit = 3,
): Suggestion[] {
  return rankSuggestions(mentors, needs, interests, { limit }).suggestions;
}
