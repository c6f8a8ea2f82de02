/**
 * The mentor directory's data, for the directory island: the index of every mentor (fetched
 * when the person first uses the directory, so a first visit costs the same at any directory
 * size) and the search over it (a word index built when the browser is idle after the index
 * arrives, or at once when the search box is focused first). The island only renders.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { loadIndex, type IndexResult } from '../mentors/directory-index';
import type { IndexMentor } from '../schemas/directory-index';

/** A search over one index: the slugs of the mentors matching a query, best first. */
export interface Searcher {
  of: IndexMentor[];
  search: (query: string) => string[];
}

export interface Directory {
  /** The index once fetched (or why it could not be), null before. */
  $index: ReadableAtom<IndexResult | null>;
  /** Whether the person has used the directory, so the index is (being) fetched. */
  $wanted: ReadableAtom<boolean>;
  /** The search over the loaded index, once built. */
  $searcher: ReadableAtom<Searcher | null>;
  /** The person uses the directory: fetch the index (once). */
  want: () => void;
  /** Fetch the index again (after it could not be loaded). */
  retry: () => void;
  /** Build the search now rather than at idle (the search box was focused or typed in). */
  prepareSearch: () => void;
}

export interface DirectoryOptions {
  load?: (url: string) => Promise<IndexResult>;
  buildSearch?: (mentors: IndexMentor[]) => Promise<(query: string) => string[]>;
  /** Runs a task when the browser is idle. */
  idle?: (task: () => void) => void;
}

const whenIdle = (task: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
};

/** The search module (a word index and the typo matcher it loads) is fetched on demand. */
const loadSearch = (mentors: IndexMentor[]) =>
  import('../search/mentors').then((m) => m.createMentorSearch(mentors));

export function createDirectory(
  indexUrl: string,
  { load = loadIndex, buildSearch = loadSearch, idle = whenIdle }: DirectoryOptions = {},
): Directory {
  const $index = atom<IndexResult | null>(null);
  const $wanted = atom(false);
  const $searcher = atom<Searcher | null>(null);
  let fetching = false;
  let building: IndexMentor[] | null = null;

  const build = (of: IndexMentor[]) => {
    if (building === of) return;
    building = of;
    void buildSearch(of).then((search) => {
      if (building === of) $searcher.set({ of, search });
    });
  };

  const fetchIndex = () => {
    if (fetching) return;
    fetching = true;
    void load(indexUrl).then((result) => {
      fetching = false;
      $index.set(result);
      if (result.ok) idle(() => build(result.mentors));
    });
  };

  return {
    $index,
    $wanted,
    $searcher,
    want() {
      if ($wanted.get()) return;
      $wanted.set(true);
      fetchIndex();
    },
    retry: fetchIndex,
    prepareSearch() {
      const index = $index.get();
      if (index?.ok) build(index.mentors);
    },
  };
}
