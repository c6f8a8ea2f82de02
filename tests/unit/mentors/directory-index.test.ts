import { describe, expect, test } from 'vitest';
import { buildIndex, loadIndex, PAGE_SIZE } from '~/lib/mentors/directory-index';
import { mentor } from './fixture';

const mentors = [
  mentor('amara-okafor', { pronouns: 'she/her', interests: ['medical education'] }),
  mentor('li-wei', { photo: { src: '/_astro/li.webp', width: 192, height: 192 } }),
];

describe('the directory index', () => {
  test('holds the card, search and filter fields, never bios or contact details', () => {
    const index = buildIndex(mentors);
    expect(index.version).toBe(1);
    expect(index.mentors.map((m) => m.slug)).toEqual(['amara-okafor', 'li-wei']);
    for (const m of index.mentors) {
      expect(m).not.toHaveProperty('bio');
      expect(m).not.toHaveProperty('contact');
    }
    expect(index.mentors[0]).toMatchObject({
      pronouns: 'she/her',
      interests: ['medical education'],
    });
    expect(index.mentors[1]?.photo?.src).toBe('/_astro/li.webp');
    expect(index.mentors[1]).not.toHaveProperty('pronouns');
  });

  test('a first view is a bounded page of cards', () => {
    expect(PAGE_SIZE).toBeGreaterThanOrEqual(12);
    expect(PAGE_SIZE).toBeLessThanOrEqual(50);
  });
});

describe('loading the index in the page', () => {
  const respond =
    (body: unknown, status = 200) =>
    () =>
      Promise.resolve(
        new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
      );

  test('a valid index gives every mentor', async () => {
    const result = await loadIndex('/mentors/index.json', respond(buildIndex(mentors)));
    expect(result).toEqual({ ok: true, mentors: buildIndex(mentors).mentors });
  });

  test.each([
    ['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ['a 404', respond('Not found', 404), 'unreadable'],
    ['not JSON', respond('<html>'), 'unreadable'],
    ['an index from a future version', respond({ version: 2, mentors: [] }), 'unreadable'],
    [
      'a damaged mentor',
      respond({ version: 1, mentors: [{ ...buildIndex(mentors).mentors[0], helpAreas: ['x'] }] }),
      'unreadable',
    ],
  ] as const)('%s is refused as %s, without throwing', async (_why, get, reason) => {
    expect(await loadIndex('/mentors/index.json', get)).toEqual({ ok: false, reason });
  });
});
