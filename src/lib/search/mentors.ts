/**
 * Fuzzy search over the mentor directory: typo-tolerant, so "Okafr" finds "Okafor" and
 * "pediatrcs" finds "Pediatrics".
 */
import type { IFuseOptions } from 'fuse.js';
import { helpAreaLabels, type HelpArea } from '../mentors/vocab';
import { createFuzzySearch } from './fuzzy';

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
export const mentorSearchOptions: IFuseOptions<Indexed> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'specialty', weight: 2 },
    { name: 'areaLabels', weight: 2 },
    { name: 'interests', weight: 1.5 },
    { name: 'profession', weight: 1 },
    { name: 'role', weight: 1 },
    { name: 'affinityGroups', weight: 1 },
    { name: 'languages', weight: 0.8 },
    { name: 'institution', weight: 0.5 },
    { name: 'bio', weight: 0.3 },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  minMatchCharLength: 2,
};

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
