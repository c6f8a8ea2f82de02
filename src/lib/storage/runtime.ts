/**
 * The data layer as the browser runs it: one backend for the page, wired into
 * @nanostores/persistent, with the status the interface shows (memory-only mode, a write that
 * failed because storage is full) and the quarantine of values that could not be read.
 *
 * Server rendering imports this too; there is no localStorage there, so the status stays
 * "checking" and islands render their neutral state.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { openBackend, type Backend, type WriteFailure } from './backend';
import {
  QUARANTINE_VERSION,
  quarantineRecordSchema,
  type QuarantineRecord,
} from '../schemas/quarantine';
import { isOwnKey, QUARANTINE_PREFIX, quarantineKey, storeKey } from './keys';

const inBrowser = typeof window !== 'undefined';

export interface StorageStatus {
  /** "checking" on the server; "local" or "memory" in the browser. */
  mode: 'checking' | 'local' | 'memory';
  /** The last write that failed, until a later write succeeds. */
  failure: { reason: WriteFailure; key: string } | null;
}

/** The backend every store uses. Replaced in unit tests through `useBackend`. */
export let backend: Backend = openBackend(() => (inBrowser ? window.localStorage : undefined));

export const $storageStatus = atom<StorageStatus>({
  mode: inBrowser ? backend.mode : 'checking',
  failure: null,
});

/** Writes a value and records a failure for the interface; true when it was saved. */
export function write(key: string, value: string): boolean {
  const result = backend.set(key, value);
  const current = $storageStatus.get();
  if (!result.ok) {
    $storageStatus.set({ ...current, failure: { reason: result.reason, key } });
    return false;
  }
  if (current.failure) $storageStatus.set({ ...current, failure: null });
  return true;
}

/*
 * @nanostores/persistent reads and writes through this engine, so every access goes through
 * the guarded backend: no exception from storage ever reaches a component.
 */
const engine = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'string' ? (backend.get(key) ?? undefined) : undefined),
    has: (_target, key) => typeof key === 'string' && backend.get(key) !== null,
    set(_target, key, value) {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key === 'string') backend.remove(key);
      return true;
    },
  },
);
const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(
  engine,
  inBrowser && backend.mode === 'local' ? windowPersistentEvents : noEvents,
);

/** Swaps the backend (unit tests only), resetting the status. */
export function useBackend(next: Backend): void {
  backend = next;
  $storageStatus.set({ mode: next.mode, failure: null });
  $quarantine.set(listQuarantine());
}

/* ---------- Quarantine ---------- */

export interface QuarantineEntry {
  /** The key the value is kept under, e.g. `medmentor:quarantine:prefs:1764000000000`. */
  key: string;
  /** The store it came from, e.g. "prefs". */
  store: string;
  /** Why it could not be read, in plain words. */
  reason: string;
  /** When it was set aside (ISO 8601), if known. */
  at: string | null;
  /** The value exactly as it was stored. */
  raw: string;
}

/** Values set aside in this page when even the quarantine could not be written (storage full). */
const unsaved: QuarantineEntry[] = [];

function readEntry(key: string): QuarantineEntry | null {
  const value = backend.get(key);
  if (value === null) return null;
  const store = key.slice(QUARANTINE_PREFIX.length).split(':')[0] ?? 'unknown';
  const record = quarantineRecordSchema.safeParse(parseJson(value));
  if (record.success) {
    const { reason, at, raw } = record.data;
    return { key, store, reason, at, raw };
  }
  // Not a record: the raw value itself was set aside (by an older page, or as a last resort).
  return { key, store, reason: 'it could not be read', at: null, raw: value };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every value currently in quarantine, oldest first. */
export function listQuarantine(): QuarantineEntry[] {
  const stored = backend
    .keys()
    .filter((key) => key.startsWith(QUARANTINE_PREFIX))
    .sort()
    .map(readEntry)
    .filter((entry): entry is QuarantineEntry => entry !== null);
  return [...stored, ...unsaved];
}

export const $quarantine = atom<QuarantineEntry[]>(inBrowser ? listQuarantine() : []);

if (inBrowser) {
  // Another tab may set a value aside, or clear everything: keep the list in step.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(QUARANTINE_PREFIX)) {
      $quarantine.set(listQuarantine());
    }
  });
}

/**
 * Moves an unreadable value out of the way so the app can carry on with a clean state, without
 * losing it. If the copy cannot be written (storage full), the original stays where it was and
 * the value is offered for download from memory.
 */
export function quarantine(store: string, raw: string, reason: string, now = new Date()): void {
  const key = quarantineKey(store, now.getTime());
  const record: QuarantineRecord = {
    version: QUARANTINE_VERSION,
    store,
    reason,
    at: now.toISOString(),
    raw,
  };
  if (backend.set(key, JSON.stringify(record)).ok) {
    backend.remove(storeKey(store));
  } else {
    unsaved.push({ key, store, reason, at: record.at, raw });
  }
  $quarantine.set(listQuarantine());
}

/**
 * Deletes a quarantined value (after the person downloaded or dismissed it) and returns it, so
 * the delete can be undone with `returnToQuarantine`; null when there was no such value.
 */
export function discardQuarantined(key: string): QuarantineEntry | null {
  const entry = listQuarantine().find((e) => e.key === key) ?? null;
  const index = unsaved.findIndex((e) => e.key === key);
  if (index >= 0) unsaved.splice(index, 1);
  else backend.remove(key);
  $quarantine.set(listQuarantine());
  return entry;
}

/** Puts a deleted quarantined value back (undo); false when it could not be written again. */
export function returnToQuarantine(entry: QuarantineEntry): boolean {
  const record: QuarantineRecord = {
    version: QUARANTINE_VERSION,
    store: entry.store,
    reason: entry.reason,
    at: entry.at ?? new Date().toISOString(),
    raw: entry.raw,
  };
  const ok = backend.set(entry.key, JSON.stringify(record)).ok;
  if (!ok) unsaved.push(entry);
  $quarantine.set(listQuarantine());
  return ok;
}

/** Every MedMentor key and its size in bytes (UTF-16, as browsers count it). */
export function storageUsage(): { key: string; bytes: number }[] {
  return backend
    .keys()
    .filter(isOwnKey)
    .map((key) => ({ key, bytes: (key.length + (backend.get(key)?.length ?? 0)) * 2 }));
}

/** Removes every MedMentor key, and nothing else. */
export function removeAllOwnKeys(): void {
  for (const key of backend.keys().filter(isOwnKey)) backend.remove(key);
  unsaved.length = 0;
  $quarantine.set([]);
}
