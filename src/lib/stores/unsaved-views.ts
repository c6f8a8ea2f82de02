/**
 * Which items of a list are on screen but not saved (the browser refused the write), so a tool
 * can mark each one "Not saved yet" until a retry saves it.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { PersistentStore } from '../storage/persistent';
import { $unsaved } from '../storage/runtime';

/** The ids of the items of `field` that differ from what is stored (new or changed). */
export function unsavedItems<T extends { version: number }>(
  store: PersistentStore<T>,
  field: keyof T & string,
): ReadableAtom<ReadonlySet<string>> {
  return computed([store.$value, $unsaved], (value, unsaved) => {
    if (!unsaved.includes(store.definition.name)) return new Set<string>();
    const list = (items: unknown) => (Array.isArray(items) ? (items as { id: string }[]) : []);
    const stored = new Map(
      list(store.stored()[field]).map((item) => [item.id, JSON.stringify(item)]),
    );
    return new Set(
      list(value[field])
        .filter((item) => stored.get(item.id) !== JSON.stringify(item))
        .map((item) => item.id),
    );
  });
}
