/**
 * The mentor directory (src/content/mentors/*.yaml), as plain data for pages and the directory
 * island: sorted by name, photos optimized by Astro, slugs from file names.
 */
import { getCollection } from 'astro:content';
import { getImage } from 'astro:assets';
import type { DirectoryIndex } from '../schemas/directory-index';
import type { DirectoryMentor } from '../schemas/mentor';
import { buildIndex } from '../mentors/directory-index';
import type { Need } from '../mentors/match';
import { getInstruments } from './assessments';

/** Every mentor, by name. */
export async function getMentors(): Promise<DirectoryMentor[]> {
  const entries = await getCollection('mentors');
  const mentors = await Promise.all(
    entries.map(async ({ id, data }) => {
      const { photo, ...rest } = data;
      if (!photo) return { ...rest, slug: id };
      const image = await getImage({ src: photo, width: 192, height: 192, format: 'webp' });
      return { ...rest, slug: id, photo: { src: image.src, width: 192, height: 192 } };
    }),
  );
  return mentors.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The needs instruments' domains that map to help areas, by instrument and domain id: what
 * "Suggested for you" matches a person's top needs against.
 */
export async function getNeedAreas(): Promise<Record<string, Record<string, Need>>> {
  const out: Record<string, Record<string, Need>> = {};
  for (const instrument of await getInstruments()) {
    const domains = instrument.domains.filter((d) => d.helpAreas.length > 0);
    if (domains.length === 0) continue;
    out[instrument.instrument] = Object.fromEntries(
      domains.map((d) => [d.id, { name: d.name, helpAreas: d.helpAreas }]),
    );
  }
  return out;
}

/** The directory index: what /mentors/ fetches to search, filter and suggest. */
export async function getDirectoryIndex(): Promise<DirectoryIndex> {
  return buildIndex(await getMentors());
}
