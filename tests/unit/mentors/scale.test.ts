/**
 * Search and suggestions over a directory of 5,000 (issue 18): each keystroke must answer in
 * under 50 ms on a phone with 4x CPU throttling, so in well under 10 ms here. The bounds below are
 * generous, for a loaded CI machine, yet an order of magnitude under the design they replaced
 * (fuse.js over every mentor record: 130 to 730 ms a query, 100 ms for suggestions). Each timing
 * is the best of three runs, so a pause of the machine does not fail the test.
 */
import { describe, expect, test } from 'vitest';
import { rankSuggestions, type Need } from '~/lib/mentors/match';
import { buildIndex } from '~/lib/mentors/directory-index';
import { createMentorSearch } from '~/lib/search/mentors';
import { syntheticMentors } from '../../../scripts/lib/synthetic-mentors';

// As the page gets them: through the index (a spread, as the generator's type is an interface).
const mentors = buildIndex(syntheticMentors(5000).map((m) => ({ ...m }))).mentors;
const built = createMentorSearch(mentors);

/** The fastest of three runs, in milliseconds, and the last result. */
function timed<T>(run: () => T): [ms: number, result: T] {
  let best = Infinity;
  let result = run();
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return [best, result];
}

describe('5,000 mentors', () => {
  test('the search is built in under 500 ms', async () => {
    await built; // fuse.js is loaded: not what is timed
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await createMentorSearch(mentors);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(500);
  });

  test.each<[string, (slugs: string[]) => void]>([
    ['Zara Zh', (s) => expect(s.every((slug) => slug.startsWith('zara-zh'))).toBe(true)],
    [mentors[4321]!.name, (s) => expect(s).toEqual([mentors[4321]!.slug])],
    ['pediatrcs', (s) => expect(s.length).toBeGreaterThan(100)],
    ['global helth', (s) => expect(s.length).toBeGreaterThan(100)],
    ['Okafr', (s) => expect(s).toEqual([])],
    ['r', (s) => expect(s.length).toBeGreaterThan(100)],
    ['research', (s) => expect(s.length).toBeGreaterThan(100)],
    ['surgery women spanish', (s) => expect(s.length).toBeGreaterThan(0)],
    ['Castilo', (s) => expect(s[0]).toMatch(/castillo/)],
    ['xqzzy', (s) => expect(s).toEqual([])],
  ])('a search for %j answers in under 50 ms', async (query, check) => {
    const search = await built;
    search('warm up');
    const [ms, slugs] = timed(() => search(query));
    check(slugs);
    expect(ms).toBeLessThan(50);
  });

  test('suggestions answer in under 50 ms, at most six shown and the other ties counted', () => {
    const needs: Need[] = [{ name: 'Knowledge', helpAreas: ['research', 'clinical-skills'] }];
    const [ms, { suggestions, more }] = timed(() => rankSuggestions(mentors, needs, []));
    expect(ms).toBeLessThan(50);
    expect(suggestions).toHaveLength(6);
    expect(more).toBeGreaterThan(0);
  });
});
