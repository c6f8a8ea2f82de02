/**
 * /mentors/index.json: the directory index (src/lib/schemas/directory-index.ts), fetched once by
 * the directory page. Profiles, bios and contact details stay on the profile pages.
 */
import type { APIRoute } from 'astro';
import { getDirectoryIndex } from '~/lib/content/mentors';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getDirectoryIndex()), {
    headers: { 'Content-Type': 'application/json' },
  });
