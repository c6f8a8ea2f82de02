/**
 * The directory's store: the index is fetched only once the person uses the directory, once,
 * and again only on "Try again"; the search is built at idle after the index arrives, or at
 * once when asked for, and only once per index.
 */
import { describe, expect, test, vi } from 'vitest';
import type { IndexResult } from '~/lib/mentors/directory-index';
import type { IndexMentor } from '~/lib/schemas/directory-index';
import { createDirectory } from '~/lib/stores/directory';

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
});
