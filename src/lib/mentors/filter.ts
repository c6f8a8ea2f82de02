/**
 * Directory filters: groups combine with AND, values within a group with OR. Choosing
 * "Research" and "Wellbeing" shows mentors who help with either; adding "Virtual" keeps only
 * those of them who meet virtually. An empty group does not filter.
 */
import { helpAreas, type Availability, type HelpArea, type MentorFormat } from './vocab';

export interface FilterableMentor {
  helpAreas: readonly HelpArea[];
  specialty: string;
  formats: readonly MentorFormat[];
  languages: readonly string[];
  availability: Availability;
}

export interface MentorFilters {
  helpAreas: HelpArea[];
  specialties: string[];
  formats: MentorFormat[];
  languages: string[];
  availability: Availability[];
}

export type FilterGroup = keyof MentorFilters;

export const noFilters: MentorFilters = {
  helpAreas: [],
  specialties: [],
  formats: [],
  languages: [],
  availability: [],
};

/** The values a mentor has in each filter group. */
export function valuesOf(mentor: FilterableMentor): Record<FilterGroup, readonly string[]> {
  return {
    helpAreas: mentor.helpAreas,
    specialties: [mentor.specialty],
    formats: mentor.formats,
    languages: mentor.languages,
    availability: [mentor.availability],
  };
}

/** Whether any chosen value is among the mentor's (no choice: it passes). */
const passes = (chosen: readonly string[], has: readonly string[]) =>
  chosen.length === 0 || chosen.some((value) => has.includes(value));

/**
 * Whether a mentor passes every non-empty group (any chosen value within a group will do).
 * Group by group without building lists: it runs over thousands of mentors on every tick.
 */
export function matchesFilters(mentor: FilterableMentor, filters: MentorFilters): boolean {
  return (
    passes(filters.helpAreas, mentor.helpAreas) &&
    passes(filters.formats, mentor.formats) &&
    passes(filters.languages, mentor.languages) &&
    (filters.specialties.length === 0 || filters.specialties.includes(mentor.specialty)) &&
    (filters.availability.length === 0 || filters.availability.includes(mentor.availability))
  );
}

/** The mentors that pass the filters, in their original order. */
export function filterMentors<M extends FilterableMentor>(
  mentors: readonly M[],
  filters: MentorFilters,
): M[] {
  return countFilters(filters) === 0
    ? [...mentors]
    : mentors.filter((m) => matchesFilters(m, filters));
}

/** How many filter values are chosen in total (for "Clear filters (3)"). */
export function countFilters(filters: MentorFilters): number {
  return (Object.keys(filters) as FilterGroup[]).reduce(
    (sum, group) => sum + filters[group].length,
    0,
  );
}

/** Distinct values of a group across mentors, sorted, with how many mentors have each. */
export function facet(
  mentors: readonly FilterableMentor[],
  group: FilterGroup,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const mentor of mentors) {
    for (const value of new Set(valuesOf(mentor)[group])) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value.localeCompare(b.value));
}

/** The options of every filter group with their counts (help areas: every area, even at 0). */
export type Facets = Record<FilterGroup, { value: string; count: number }[]>;

/** Every group's options, worked out once at build for the whole directory. */
export function facets(mentors: readonly FilterableMentor[]): Facets {
  return {
    helpAreas: helpAreas.map((value) => ({
      value,
      count: mentors.filter((m) => m.helpAreas.includes(value)).length,
    })),
    specialties: facet(mentors, 'specialties'),
    formats: facet(mentors, 'formats'),
    languages: facet(mentors, 'languages'),
    availability: facet(mentors, 'availability'),
  };
}
