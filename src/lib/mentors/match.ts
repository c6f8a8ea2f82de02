/**
 * "Suggested for you": mentors ranked against a person's needs (the areas in focus bands of
 * "What do I need from a mentor?", see needs.ts) and the interests they type in. Runs in the
 * browser on data already on the page; nothing is sent anywhere. Each suggestion says which
 * needs and interests it matches (reasons.ts).
 *
 * Points: 2 for each help area a mentor shares with a need, 3 for each interest of the
 * person that a mentor's interests, specialty, help areas or affinity groups mention. Mentors
 * who are full are never suggested; a waitlist costs 1 point and is said in the reasons. Ties
 * are ordered by name, and every mentor tied with the last place is included.
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

const normalize = (text: string) => text.toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();

/** Splits what a person typed ("research, global health; teaching") into interests. */
export function parseInterests(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const value = normalize(part).slice(0, 60);
    if (value.length >= 2) seen.add(value);
  }
  return [...seen].slice(0, 12);
}

/** What the mentor offers that an interest names (case-insensitive, either way round). */
function interestHits(mentor: MatchableMentor, interest: string): boolean {
  const fields = [
    ...mentor.interests,
    mentor.specialty,
    ...mentor.helpAreas.map((a) => helpAreaLabels[a]),
    ...mentor.affinityGroups,
  ].map(normalize);
  return fields.some(
    (field) => field.includes(interest) || (field.length >= 4 && interest.includes(field)),
  );
}

/** Scores one mentor; null when nothing matches or the mentor is full. */
export function scoreMentor(
  mentor: MatchableMentor,
  needs: readonly Need[],
  interests: readonly string[],
): Suggestion | null {
  if (mentor.availability === 'full') return null;
  let points = 0;
  const matched: MatchedNeed[] = [];
  for (const need of needs) {
    const shared = mentor.helpAreas.filter((a) => need.helpAreas.includes(a)).length;
    if (shared === 0) continue;
    points += 2 * shared;
    matched.push({ name: need.name, band: need.band });
  }
  const liked = interests.map(normalize).filter((i) => i && interestHits(mentor, i));
  points += 3 * liked.length;
  const why = matchReason(matched, liked, pageLocale());
  const reasons = why ? [why] : [];
  if (points === 0) return null;
  if (mentor.availability === 'waitlist') {
    points -= 1;
    reasons.push('Has a waitlist at the moment.');
  }
  return { slug: mentor.slug, points, reasons };
}

/**
 * The best matches, highest first: `limit` of them plus any tied with the last. Empty when there
 * are no needs and no interests, or nothing matches.
 */
export function suggestMentors(
  mentors: readonly MatchableMentor[],
  needs: readonly Need[],
  interests: readonly string[],
  limit = 3,
): Suggestion[] {
  const names = new Map(mentors.map((m) => [m.slug, m.name]));
  const scored = mentors
    .map((m) => scoreMentor(m, needs, interests))
    .filter((s): s is Suggestion => s !== null && s.points > 0)
    .sort(
      (a, b) =>
        b.points - a.points || (names.get(a.slug) ?? '').localeCompare(names.get(b.slug) ?? ''),
    );
  const cut = scored[limit - 1]?.points;
  return cut === undefined ? scored : scored.filter((s, i) => i < limit || s.points === cut);
}
