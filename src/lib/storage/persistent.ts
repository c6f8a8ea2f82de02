/**
 * A store backed by localStorage: a nanostores atom from @nanostores/persistent whose every
 * read is decoded, migrated and validated, and whose unreadable values are quarantined, never
 * dropped. Other tabs' changes arrive through storage events; `update` re-reads storage first,
 * so two tabs editing in turn never overwrite each other's work.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { ReadableAtom } from 'nanostores';
import { decodeRaw, encode } from './codec';
import type { StoreDefinition } from './define';
import { storeKey } from './keys';
import { backend, quarantine } from './runtime';

export interface PersistentStore<T extends { version: number }> {
  readonly definition: StoreDefinition<T>;
  /** The current value; subscribe with `useStore` or `listen`. */
  readonly $value: ReadableAtom<T>;
  /**
   * Applies a change to the latest stored value; false when it could not be saved.
   * `counts: false` keeps small steps (an answer in a draft) out of the backup reminder's count.
   */
  update(change: (current: T) => T, options?: { counts?: boolean }): boolean;
  /** Replaces the whole value (import); false when it could not be saved. */
  replace(value: T): boolean;
  /** Reads the latest value from storage (quarantining it if unreadable). */
  read(): T;
  /** Forgets the value: back to the initial value, with nothing left in storage. */
  clear(): void;
  /** Re-reads storage after something outside the store wrote to it in this tab. */
  refresh(): void;
}

export interface PersistentStoreOptions {
  /**
   * Called after every saved change that counts (the backup reminder counts them). Passed in by
   * whoever creates the store, so nothing depends on which module happened to be imported first.
   */
  onSaved?: () => void;
}

export function createPersistentStore<T extends { version: number }>(
  definition: StoreDefinition<T>,
  { onSaved }: PersistentStoreOptions = {},
): PersistentStore<T> {
  const key = storeKey(definition.name);

  const decode = (raw: string): T => {
    const result = decodeRaw(definition, raw);
    if (result.ok) return result.value;
    quarantine(definition.name, raw, result.reason);
    return definition.initial;
  };

  // The initial value is never written: storing it would equal storing nothing, and leaving the
  // key absent keeps "delete all" and an untouched tool free of stray keys.
  const initialJson = encode(definition.initial);
  const toStorage = (value: T): string | undefined => {
    const json = encode(value);
    return json === initialJson ? undefined : json;
  };

  const $atom = persistentAtom<T>(key, definition.initial, {
    encode: toStorage,
    decode,
  });

  const read = (): T => {
    const raw = backend.get(key);
    return raw === null ? definition.initial : decode(raw);
  };

  const save = (value: T, counts = true): boolean => {
    $atom.set(value);
    const saved = backend.get(key) === (toStorage(value) ?? null);
    if (saved && counts && definition.countsAsChange !== false) onSaved?.();
    return saved;
  };

  return {
    definition,
    $value: $atom,
    read,
    update: (change, options) => save(change(read()), options?.counts ?? true),
    replace: (value) => save(value),
    refresh: () => $atom.set(read()),
    clear() {
      $atom.set(definition.initial);
      backend.remove(key);
    },
  };
}
