/**
 * Typo-tolerant search over a list with fuse.js, loaded on the first search only (so pages that
 * never search do not download it). The goal planner and the mentor directory both use it.
 */
import type { IFuseOptions } from 'fuse.js';

/** Query in, matching ids out, best first; a blank query gives all ids, in order. */
export type FuzzySearch = (query: string) => string[];

/**
 * Fuse options from key weights (heavier keys rank matches higher), with the settings every list
 * shares: matches anywhere in the text, at least two characters. `threshold`: 0 exact, 1 anything.
 */
export function fuzzyOptions<T>(
  weights: Record<string, number>,
  threshold: number,
): IFuseOptions<T> {
  return {
    keys: Object.entries(weights).map(([name, weight]) => ({ name, weight })),
    threshold,
    ignoreLocation: true,
    minMatchCharLength: 2,
  };
}

/**
 * Loads fuse.js, then indexes lists synchronously: for computed stores, which rebuild the index
 * when the list changes and cannot wait for a download.
 */
export async function loadFuzzySearch<T>(
  options: IFuseOptions<T>,
  idOf: (item: T) => string,
): Promise<(items: readonly T[]) => FuzzySearch> {
  const { default: Fuse } = await import('fuse.js');
  return (items) => {
    const fuse = new Fuse(items, options);
    return (query) => {
      const q = query.trim();
      if (!q) return items.map(idOf);
      return fuse.search(q).map((r) => idOf(r.item));
    };
  };
}

/** A search function over `items`: query in, matching ids out, best first; blank: all, in order. */
export async function createFuzzySearch<T>(
  items: readonly T[],
  options: IFuseOptions<T>,
  idOf: (item: T) => string,
): Promise<FuzzySearch> {
  return (await loadFuzzySearch(options, idOf))(items);
}
