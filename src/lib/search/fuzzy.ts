/**
 * Typo-tolerant search over a list with fuse.js, loaded on the first search only (so pages that
 * never search do not download it). The goal planner and the mentor directory both use it.
 */
import type { IFuseOptions } from 'fuse.js';

/** A search function over `items`: query in, matching ids out, best first; blank: all, in order. */
export async function createFuzzySearch<T>(
  items: readonly T[],
  options: IFuseOptions<T>,
  idOf: (item: T) => string,
): Promise<(query: string) => string[]> {
  const { default: Fuse } = await import('fuse.js');
  const fuse = new Fuse(items, options);
  return (query) => {
    const q = query.trim();
    if (!q) return items.map(idOf);
    return fuse.search(q).map((r) => idOf(r.item));
  };
}
