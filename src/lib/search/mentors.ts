/**
 * Fuzzy search over the mentor directory: typo-tolerant, so "Okafr" finds "Okafor" and
 * "pediatrcs" finds "Pediatrics".
 */
import type { IFuseOptions } from 'fuse.js';
import { helpAreaLabels, type HelpArea } from '../mentors/vocab';
import { createFuzzySearch, fuzzyOptions } from './fuzzy';

export interface SearchableMentor {
  slug: string;
  name: string;
  role: string;
  profession: string;
  specialty: string;
  institution: string;
  helpAreas: readonly HelpArea[];
  interests: readonly string[];
  languages: readonly string[];
  affinityGroups: readonly string[];
  bio: string;
}

type Indexed = SearchableMentor & { areaLabels: string[] };

/** Names weigh most, then specialty and help areas, then interests and the rest. */
export const mentorSearchOptions: IFuseOptions<Indexed> = fuzzyOptions(
  {
    name: 3,
    specialty: 2,
    areaLabels: 2,
    interests: 1.5,
    profession: 1,
    role: 1,
    affinityGroups: 1,
    languages: 0.8,
    institution: 0.5,
    bio: 0.3,
  },
  0.35,
);

/** A search function over the given mentors: query in, matching slugs out (best first). */
export function createMentorSearch(
  mentors: readonly SearchableMentor[],
): Promise<(query: string) => string[]> {
  const indexed: Indexed[] = mentors.map((m) => ({
    ...m,
    areaLabels: m.helpAreas.map((a) => helpAreaLabels[a]),
  }));
  return createFuzzySearch(indexed, mentorSearchOptions, (m) => m.slug);
}
