/**
 * Pure helpers for ordering guides within a track. Kept free of `astro:content` so they are
 * unit-tested directly; `guides.ts` applies them to the real collection.
 */

/** The fields of a guide this module needs. */
export interface Sequenced {
  id: string;
  data: { order: number; track: string };
}

/** Sorts entries by their `order` field, then by id for a stable result. */
export function byOrder<T extends { id: string; data: { order: number } }>(
  entries: readonly T[],
): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The entries before and after `id` in an ordered list (undefined at either end). */
export function neighbors<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * Problems with a track's sequence, as readable sentences: a guide filed in another track's
 * folder, orders that repeat, or gaps (orders must run 1, 2, 3, ...). Empty when all is well.
 */
export function sequenceProblems(entries: readonly Sequenced[]): string[] {
  const problems: string[] = [];
  const byTrack = new Map<string, Sequenced[]>();
  for (const entry of entries) {
    const folder = entry.id.split('/')[0] ?? '';
    if (folder !== entry.data.track) {
      problems.push(
        `${entry.id}: track is "${entry.data.track}" but the file is in the "${folder}" folder`,
      );
    }
    byTrack.set(entry.data.track, [...(byTrack.get(entry.data.track) ?? []), entry]);
  }
  for (const [track, list] of byTrack) {
    const ordered = byOrder(list);
    ordered.forEach((entry, index) => {
      if (entry.data.order !== index + 1) {
        problems.push(
          `${entry.id}: order is ${entry.data.order}, expected ${index + 1} (track "${track}" must run 1, 2, 3 ... without gaps or repeats)`,
        );
      }
    });
  }
  return problems;
}
