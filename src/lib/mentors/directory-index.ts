/**
 * The directory index (src/lib/schemas/directory-index.ts): written at build, read in the page.
 * The page shows its first cards from the server and fetches the index once; the service
 * worker keeps it for offline use.
 */
import {
  directoryIndexSchema,
  type DirectoryIndex,
  type IndexMentor,
} from '../schemas/directory-index';

/** How many cards the directory shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 24;

/** The index entry of a mentor: the card, search and filter fields only. */
export function toIndexMentor(m: IndexMentor): IndexMentor {
  return {
    slug: m.slug,
    name: m.name,
    ...(m.pronouns ? { pronouns: m.pronouns } : {}),
    role: m.role,
    careerStage: m.careerStage,
    profession: m.profession,
    specialty: m.specialty,
    institution: m.institution,
    helpAreas: m.helpAreas,
    interests: m.interests,
    languages: m.languages,
    formats: m.formats,
    affinityGroups: m.affinityGroups,
    availability: m.availability,
    ...(m.photo ? { photo: m.photo } : {}),
    sample: m.sample,
  };
}

/** The index of these mentors (already sorted). */
export function buildIndex(mentors: readonly IndexMentor[]): DirectoryIndex {
  return { version: 1, mentors: mentors.map(toIndexMentor) };
}

export type IndexResult =
  { ok: true; mentors: IndexMentor[] } | { ok: false; reason: 'offline' | 'unreadable' };

/**
 * Fetches and checks the index. Never throws: a network failure is "offline" (the page says
 * to try again when online), anything else that cannot be read is "unreadable".
 */
export async function loadIndex(
  url: string,
  get: (url: string) => Promise<Response> = (u) => fetch(u),
): Promise<IndexResult> {
  let response: Response;
  try {
    response = await get(url);
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (!response.ok) return { ok: false, reason: 'unreadable' };
  try {
    const parsed = directoryIndexSchema.safeParse(await response.json());
    return parsed.success
      ? { ok: true, mentors: parsed.data.mentors }
      : { ok: false, reason: 'unreadable' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
