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
  /**
   * "checking" on the server; in the browser "local" (kept), "session" (kept until the tab
   * closes) or "memory" (kept until the page closes).
   */
  mode: 'checking' | Backend['mode'];
  /** The last change that was not saved, until that store saves a change. */
  failure: SaveFailure | null;
}

/** Why a change was not saved, and where. */
export interface SaveFailure {
  /**
   * "quota" or "unavailable": the browser refused the write (the change stays on screen,
   * marked unsaved); "invalid": the change would not read back, so it was refused; "blocked":
   * the store holds a value that could not be set aside, and stays read-only until the person
   * downloads or deletes it.
   */
  reason: WriteFailure | 'invalid' | 'blocked';
  /** The store's key. */
  key: string;
  /** For "invalid": what is wrong, in plain words. */
  message?: string | undefined;
}

/** The backend every store uses. Replaced in unit tests through `useBackend`. */
export let backend: Backend = openBackend(
  () => (inBrowser ? window.localStorage : undefined),
  () => (inBrowser ? window.sessionStorage : undefined),
);

export const $storageStatus = atom<StorageStatus>({
  mode: inBrowser ? backend.mode : 'checking',
  failure: null,
});

/** Writes a value and records a failure for the interface; true when it was saved. */
export function write(key: string, value: string): boolean {
  const result = backend.set(key, value);
  if (!result.ok) {
    reportFailure({ reason: result.reason, key });
    return false;
  }
  return true;
}

/** Shows that a change to the store at `key` was not saved. */
export function reportFailure(failure: SaveFailure): void {
  $storageStatus.set({ ...$storageStatus.get(), failure });
}

/** A change to the store at `key` was saved: its earlier failure, if any, is over. */
export function clearFailure(key: string): void {
  const current = $storageStatus.get();
  if (current.failure?.key === key) $storageStatus.set({ ...current, failure: null });
}

/* ---------- Unsaved changes ---------- */

/**
 * Stores whose latest change is on screen but not saved (the browser refused the write), each
 * with its retry. Their values stay in memory and every later change builds on them, so nothing
 * shown disappears; `retryUnsaved` writes them again.
 */
const retries = new Map<string, () => boolean>();
/** The unsaved values by key, as JSON: what @nanostores/persistent sees as stored meanwhile. */
const unsavedJson = new Map<string, string>();
export const $unsaved = atom<string[]>([]);

/**
 * Marks a store as holding an unsaved change (its JSON and its retry), or as saved (null).
 * Meanwhile the persistent atom reads the unsaved JSON, so re-reading storage on mount or on a
 * back/forward restore never takes the change off the screen.
 */
export function markUnsaved(
  store: string,
  unsaved: { json: string; retry: () => boolean } | null,
): void {
  if (unsaved) {
    retries.set(store, unsaved.retry);
    unsavedJson.set(storeKey(store), unsaved.json);
  } else {
    retries.delete(store);
    unsavedJson.delete(storeKey(store));
  }
  $unsaved.set([...retries.keys()]);
}

/** Tries to save every unsaved change again; true when all of them are now saved. */
export function retryUnsaved(): boolean {
  let all = true;
  for (const retry of [...retries.values()]) all = retry() && all;
  return all;
}

/*
 * @nanostores/persistent reads and writes through this engine, so every access goes through
 * the guarded backend: no exception from storage ever reaches a component.
 */
const engine = new Proxy(
  {},
  {
    get: (_target, key) =>
      typeof key === 'string' ? (unsavedJson.get(key) ?? backend.get(key) ?? undefined) : undefined,
    has: (_target, key) =>
      typeof key === 'string' && (unsavedJson.has(key) || backend.get(key) !== null),
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

/** Whether leaving the page would lose what was entered (memory mode, with something entered). */
export function wouldLoseData(): boolean {
  return (backend.mode === 'memory' && backend.keys().some(isOwnKey)) || $unsaved.get().length > 0;
}

if (inBrowser) {
  window.addEventListener('beforeunload', (event) => {
    if (wouldLoseData()) event.preventDefault();
  });
}

/** Swaps the backend (unit tests only), resetting the status. */
export function useBackend(next: Backend): void {
  backend = next;
  unsaved.length = 0;
  retries.clear();
  unsavedJson.clear();
  $unsaved.set([]);
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
  /**
   * True when there was no room to copy it aside: it is still in the store's own place, and
   * the store is read-only until the person downloads or deletes it.
   */
  inPlace?: boolean;
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
 * Moves an unreadable value (or the unreadable items of a value) out of the way, so the app can
 * carry on without losing it. The copy is written first; only then is the store's own place
 * given `replacement` (the readable rest) or emptied. If either write fails, everything stays as
 * it was, the value is listed from memory (`inPlace`), and false is returned: the store must then
 * stay read-only, so its first save cannot destroy the value.
 */
export function quarantine(
  store: string,
  raw: string,
  reason: string,
  now = new Date(),
  replacement?: string,
): boolean {
  const key = quarantineKey(store, now.getTime());
  const record: QuarantineRecord = {
    version: QUARANTINE_VERSION,
    store,
    reason,
    at: now.toISOString(),
    raw,
  };
  const own = storeKey(store);
  let kept = backend.set(key, JSON.stringify(record)).ok;
  if (kept && replacement !== undefined && !backend.set(own, replacement).ok) {
    backend.remove(key);
    kept = false;
  } else if (kept && replacement === undefined) {
    backend.remove(own);
  }
  const earlier = unsaved.findIndex((e) => e.store === store && e.raw === raw && e.inPlace);
  if (kept && earlier >= 0) unsaved.splice(earlier, 1);
  if (!kept && earlier < 0) unsaved.push({ key, store, reason, at: record.at, raw, inPlace: true });
  $quarantine.set(listQuarantine());
  return kept;
}

/** Whether a store is read-only because its unreadable value could not be set aside. */
export function isBlocked(store: string): boolean {
  return unsaved.some((e) => e.store === store && e.inPlace);
}

/**
 * The person downloaded a value that could not be set aside: they hold a copy now, so its
 * place may be used again (the store stops being read-only).
 */
export function releaseInPlace(key: string): void {
  const index = unsaved.findIndex((e) => e.key === key && e.inPlace);
  if (index < 0) return;
  const [entry] = unsaved.splice(index, 1);
  if (entry) backend.remove(storeKey(entry.store));
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
  // A value still in its store's place is deleted from there (the person chose to delete it).
  if (entry?.inPlace) backend.remove(storeKey(entry.store));
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
