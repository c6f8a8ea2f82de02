/**
 * Search over the mentor directory, fast enough for every keystroke over thousands of mentors:
 * a word index (word-index.ts) finds completions as a person types ("Oka" finds "Okafor"), every
 * word must match (AND), and a word that nothing starts with is matched with typos by fuse.js
 * over the distinct words of the directory, so "Okafr" finds "Okafor" and "pediatrcs" finds
 * "Pediatrics". fuse.js is loaded on the first search only.
 */
import { helpAreaLabels, type HelpArea } from '../mentors/vocab';
import { fuzzyWords } from './fuzzy-words';
import { buildWordIndex, searchWordIndex, type FieldsOf } from './word-index';

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
}

/**
 * Names weigh most, then specialty and help areas, then interests and the rest. Bios are not
 * searched: they stay on the profile pages, out of the directory index every phone fetches.
 */
export const mentorFieldWeights = {
  name: 3,
  specialty: 2,
  helpAreas: 2,
  interests: 1.5,
  profession: 1,
  role: 1,
  affinityGroups: 1,
  languages: 0.8,
  institution: 0.5,
} as const;

const fieldsOf: FieldsOf<SearchableMentor> = (m, add) => {
  const w = mentorFieldWeights;
  add(m.name, w.name);
  add(m.specialty, w.specialty);
  for (const area of m.helpAreas) add(helpAreaLabels[area], w.helpAreas);
  for (const interest of m.interests) add(interest, w.interests);
  add(m.profession, w.profession);
  add(m.role, w.role);
  for (const group of m.affinityGroups) add(group, w.affinityGroups);
  for (const language of m.languages) add(language, w.languages);
  add(m.institution, w.institution);
};

/**
 * A search function over the given mentors: query in, matching slugs out, best first (ties in
 * the given order: the directory index is sorted by name). A blank query gives everyone, in order.
 */
export async function createMentorSearch(
  mentors: readonly SearchableMentor[],
): Promise<(query: string) => string[]> {
  const { default: Fuse } = await import('fuse.js');
  const index = buildWordIndex(mentors, fieldsOf);
  const fuzzy = fuzzyWords(Fuse, index.vocabulary);
  return (query) => {
    const ids = searchWordIndex(index, query, fuzzy);
    return (ids ?? mentors.map((_, i) => i)).map((i) => mentors[i]?.slug ?? '');
  };
}
