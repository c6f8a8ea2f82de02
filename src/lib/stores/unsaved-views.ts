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

/**
 * What became of an item just added: "saved"; "unsaved" (on screen, not stored: the browser
 * refused the write); or "refused" (not added: the change would not read back, or the store is
 * read-only; the storage notice says why). A tool says "saved" only for the first.
 */
export function itemState<T extends { version: number }>(
  store: PersistentStore<T>,
  field: keyof T & string,
  id: string,
): 'saved' | 'unsaved' | 'refused' {
  const has = (value: T) =>
    Array.isArray(value[field]) && (value[field] as { id: string }[]).some((i) => i.id === id);
  if (has(store.stored())) return 'saved';
  return has(store.read()) ? 'unsaved' : 'refused';
}

/** Whether the store holds a change on screen that the browser refused to save. */
export function isUnsaved<T extends { version: number }>(
  store: PersistentStore<T>,
): ReadableAtom<boolean> {
  return computed($unsaved, (unsaved) => unsaved.includes(store.definition.name));
}
