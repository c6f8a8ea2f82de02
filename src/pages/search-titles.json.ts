/**
 * Titles of guides, tools and glossary terms, for the search dialog's typo-tolerant fallback
 * (fuse.js) when Pagefind's full-text search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getGlossary, getGuides, getTracks, guidePath } from '~/lib/content/guides';
import { tools } from '~/lib/tools';
import { url } from '~/lib/url';

export const GET: APIRoute = async () => {
  const [guides, tracks, terms] = await Promise.all([getGuides(), getTracks(), getGlossary()]);
  const entries = [
    ...guides.map((g) => ({
      title: g.data.title,
      url: url(guidePath(g)),
      kind: tracks.find((t) => t.id === g.data.track.id)?.data.title ?? 'Guide',
    })),
    ...Object.values(tools)
      .filter((t) => t.built)
      .map((t) => ({ title: t.label, url: url(t.path), kind: 'Tool' })),
    ...terms.map((t) => ({ title: t.data.term, url: url(`/glossary/#${t.id}`), kind: 'Glossary' })),
  ];
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
