/**
 * The directory's store: the index is fetched only once the person uses the directory, once,
 * and again only on "Try again"; the search is built at idle after the index arrives, or at
 * once when asked for, and only once per index.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildIndex, type IndexResult } from '~/lib/mentors/directory-index';
import type { IndexMentor } from '~/lib/schemas/directory-index';
import { createDirectory } from '~/lib/stores/directory';
import { syntheticMentors } from '../../../scripts/lib/synthetic-mentors';

const mentor = { slug: 'ada', name: 'Ada' } as IndexMentor;

function setup(results: IndexResult[]) {
  const load = vi.fn((_url: string) => Promise.resolve(results.shift() ?? results[0]!));
  const buildSearch = vi.fn((_m: IndexMentor[]) => Promise.resolve((q: string) => [q]));
  const idleTasks: (() => void)[] = [];
  const idle = (task: () => void) => void idleTasks.push(task);
  const directory = createDirectory('/mentors/index.json', { load, buildSearch, idle });
  return { directory, load, buildSearch, idleTasks };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('directory store', () => {
  test('nothing is fetched until the directory is used, then the index once', async () => {
    const { directory, load } = setup([{ ok: true, mentors: [mentor] }]);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(directory.$index.get()).toBeNull();
    directory.want();
    directory.want();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('/mentors/index.json');
    expect(directory.$index.get()).toEqual({ ok: true, mentors: [mentor] });
    directory.want();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('an index that could not be loaded is fetched again on retry', async () => {
    const { directory, load } = setup([
      { ok: false, reason: 'offline' },
      { ok: true, mentors: [mentor] },
    ]);
    directory.want();
    await settle();
    expect(directory.$index.get()).toEqual({ ok: false, reason: 'offline' });
    directory.retry();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(directory.$index.get()).toEqual({ ok: true, mentors: [mentor] });
  });

  test('the search is built when the browser is idle after the index arrives, once', async () => {
    const { directory, buildSearch, idleTasks } = setup([{ ok: true, mentors: [mentor] }]);
    directory.want();
    await settle();
    expect(buildSearch).not.toHaveBeenCalled();
    expect(idleTasks).toHaveLength(1);
    idleTasks[0]!();
    directory.prepareSearch();
    await settle();
    expect(buildSearch).toHaveBeenCalledTimes(1);
    expect(directory.$searcher.get()?.search('x')).toEqual(['x']);
  });

  test('focusing the search builds it at once, not waiting for idle', async () => {
    const { directory, buildSearch } = setup([{ ok: true, mentors: [mentor] }]);
    directory.prepareSearch();
    expect(buildSearch).not.toHaveBeenCalled();
    directory.want();
    await settle();
    directory.prepareSearch();
    await settle();
    expect(buildSearch).toHaveBeenCalledTimes(1);
    expect(directory.$searcher.get()?.of).toEqual([mentor]);
  });

  test('a "Try again" while the index is still loading does not fetch it twice', async () => {
    const { directory, load } = setup([{ ok: true, mentors: [mentor] }]);
    directory.want();
    directory.retry();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a search built for an index replaced meanwhile is dropped', async () => {
    const next = { ...mentor, slug: 'bea', name: 'Bea' };
    const { directory, buildSearch, idleTasks } = setup([
      { ok: true, mentors: [mentor] },
      { ok: true, mentors: [next] },
    ]);
    directory.want();
    await settle();
    idleTasks[0]!();
    directory.retry();
    await settle();
    idleTasks[1]!();
    await settle();
    expect(buildSearch).toHaveBeenCalledTimes(2);
    expect(directory.$searcher.get()?.of).toEqual([next]);
  });
});

describe('directory store in a browser-like page (its own fetch, idle time and search)', () => {
  const mentors = syntheticMentors(30, 7);
  const body = JSON.stringify(buildIndex(mentors));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  test('fetches the index, then builds the real search when the browser is idle', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(body)));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
    const directory = createDirectory('/mentors/index.json');
    directory.want();
    await vi.waitFor(() => expect(directory.$searcher.get()).not.toBeNull());
    expect(fetch).toHaveBeenCalledWith('/mentors/index.json');
    const name = mentors[3]!.name;
    expect(directory.$searcher.get()!.search(name)[0]).toBe(mentors[3]!.slug);
  });

  test('without requestIdleCallback (Safari), the search is built a moment later', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body)));
    vi.stubGlobal('requestIdleCallback', undefined);
    const directory = createDirectory('/mentors/index.json');
    directory.want();
    await vi.waitFor(() => expect(directory.$index.get()?.ok).toBe(true));
    expect(directory.$searcher.get()).toBeNull();
    await vi.waitFor(() => expect(directory.$searcher.get()).not.toBeNull(), { timeout: 3000 });
  });
});
