/**
 * The only module that queries content collections. Pages and components ask it for tracks,
 * guides, neighbors and glossary terms, so ordering and validation live in one place.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { config } from '../config';
import { relatedGuideProblems } from './related-guides';
import { byOrder, neighbors, sequenceProblems } from './sequence';

export type Guide = CollectionEntry<'guides'>;
export type Track = CollectionEntry<'tracks'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

/** Human labels for the `audience` values in guide frontmatter. */
export const audienceLabels: Record<Guide['data']['audience'][number], string> = {
  students: 'Students',
  residents: 'Residents',
  'early-career': 'Early-career professionals',
  mentors: 'Mentors',
  faculty: 'Faculty',
  'program-leads': 'Program leads',
};

/** Whether a track is shown on this site (`tracks` in medmentor.config.ts). */
export function isTrackShown(trackId: string): boolean {
  return (config.tracks as readonly string[]).includes(trackId);
}

/** The shown tracks in curriculum order. */
export async function getTracks(): Promise<Track[]> {
  const tracks = await getCollection('tracks');
  return tracks.filter((t) => isTrackShown(t.id)).sort((a, b) => a.data.order - b.data.order);
}

/** The guides of the shown tracks (see getAllGuides). */
export async function getGuides(): Promise<Guide[]> {
  return (await getAllGuides()).filter((g) => isTrackShown(g.data.track.id));
}

/**
 * Every guide, shown or not, checked for a valid sequence and for related guides that exist
 * (the build fails with each problem listed).
 */
export async function getAllGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  const problems = [
    ...sequenceProblems(
      guides.map((g) => ({ id: g.id, data: { order: g.data.order, track: g.data.track.id } })),
    ),
    ...relatedGuideProblems(
      guides.map((g) => ({ id: g.id, related: g.data.relatedGuides.map((ref) => ref.id) })),
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`Problems in src/content/guides:\n  - ${problems.join('\n  - ')}`);
  }
  return guides;
}

/** The guides of one track, in order. */
export async function getTrackGuides(trackId: string): Promise<Guide[]> {
  const guides = await getGuides();
  return byOrder(guides.filter((g) => g.data.track.id === trackId));
}

/** Static paths for the per-track pages (track page, handbook, session plan). */
export async function getTrackPaths() {
  return (await getTracks()).map((track) => ({ params: { track: track.id }, props: { track } }));
}

/**
 * A track's guides rendered for a page that holds the whole track (handbook, session plan):
 * each with its slug (the last part of its id, for prefixing ids), content and headings.
 */
export async function renderTrackGuides(trackId: string) {
  return Promise.all(
    (await getTrackGuides(trackId)).map(async (guide) => {
      const { Content, headings } = await render(guide);
      return { guide, slug: guide.id.split('/')[1] ?? guide.id, Content, headings };
    }),
  );
}

/** The previous and next guides within the guide's own track. */
export async function getGuideNeighbors(guide: Guide) {
  return neighbors(await getTrackGuides(guide.data.track.id), guide.id);
}

/** The site-root path of a guide: "/guides/mentees/finding-a-mentor/". */
export function guidePath(guide: Pick<Guide, 'id'>): string {
  return `/guides/${guide.id}/`;
}

/** The path of a guide by id ("mentees/finding-a-mentor"), or null when its track is hidden. */
export function shownGuidePath(id: string): string | null {
  return isTrackShown(id.split('/')[0] ?? '') ? `/guides/${id}/` : null;
}

/** The site-root path of a track page. */
export function trackPath(trackId: string): string {
  return `/guides/${trackId}/`;
}

/** Guides by id, for resolving `relatedGuides` references. */
export async function getGuidesById(ids: readonly string[]): Promise<Guide[]> {
  const guides = await getGuides();
  return ids.flatMap((id) => guides.filter((g) => g.id === id));
}

/** All glossary terms, alphabetical. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
}

/** One glossary term, or an error naming the unknown id (used by `<Term>` at build time). */
export async function getTerm(id: string): Promise<GlossaryTerm> {
  const term = (await getCollection('glossary')).find((t) => t.id === id);
  if (!term) throw new Error(`<Term id="${id}">: no such term in src/content/glossary/terms.yaml`);
  return term;
}
