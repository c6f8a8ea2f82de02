/**
 * A store backed by localStorage: a nanostores atom from @nanostores/persistent whose every
 * read is decoded, migrated and validated, and whose unreadable values are quarantined, never
 * dropped (item by item where the store lists its items: only the bad ones are set aside).
 * Other tabs' changes arrive through storage events; `update` re-reads storage first, so two
 * tabs editing in turn never overwrite each other's work.
 *
 * Writing follows the same rules as reading: a change is encoded and decoded exactly as the
 * next read will, and refused (with the reason) if that read would fail, so a saved value can
 * always be read back. A change the browser refuses to store (full, zero quota) stays on screen
 * and in memory, marked unsaved; later changes build on it and a retry writes it, so nothing
 * shown disappears.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { ReadableAtom } from 'nanostores';
import { decodeRaw, describeIssue, encode } from './codec';
import type { StoreDefinition } from './define';
import { storeKey } from './keys';
import {
  backend,
  clearFailure,
  isBlocked,
  markUnsaved,
  quarantine,
  reportFailure,
} from './runtime';

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
  /**
   * The latest value: from storage (quarantining what is unreadable), or the change not yet
   * saved, when the browser refused it.
   */
  read(): T;
  /** The value as stored, without a change that is not saved yet. */
  stored(): T;
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
    if (!result.ok) {
      quarantine(definition.name, raw, result.reason);
      return definition.initial;
    }
    if (result.rejected) {
      // The readable items stay; the rest is set aside, and its place gets the readable rest.
      const { raw: bad, reason } = result.rejected;
      quarantine(definition.name, bad, reason, new Date(), encode(result.value));
    }
    return result.value;
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

  /** The change the browser refused to store, kept until a write succeeds. */
  let unsaved: T | null = null;

  const read = (): T => {
    const raw = backend.get(key);
    return raw === null ? definition.initial : decode(raw);
  };

  /** Why a value may not be saved (it would not read back, or the store is read-only), or null. */
  const refusal = (value: T): string | null => {
    if (isBlocked(definition.name)) return 'blocked';
    const check = definition.schema.safeParse(JSON.parse(encode(value)));
    return check.success ? null : describeIssue(check.error.issues[0]);
  };

  const save = (value: T, counts = true): boolean => {
    const problem = refusal(value);
    if (problem === 'blocked') {
      reportFailure({ reason: 'blocked', key });
      return false;
    }
    if (problem !== null) {
      reportFailure({ reason: 'invalid', key, message: problem });
      return false;
    }
    $atom.set(value);
    const saved = backend.get(key) === (toStorage(value) ?? null);
    if (!saved) {
      unsaved = value;
      markUnsaved(definition.name, { json: encode(value), retry: () => save(value, counts) });
      return false;
    }
    unsaved = null;
    markUnsaved(definition.name, null);
    clearFailure(key);
    if (counts && definition.countsAsChange !== false) onSaved?.();
    return true;
  };

  return {
    definition,
    $value: $atom,
    read: () => unsaved ?? read(),
    stored: read,
    update: (change, options) => save(change(unsaved ?? read()), options?.counts ?? true),
    replace: (value) => save(value),
    refresh: () => $atom.set(unsaved ?? read()),
    clear() {
      unsaved = null;
      markUnsaved(definition.name, null);
      clearFailure(key);
      $atom.set(definition.initial);
      backend.remove(key);
    },
  };
}
