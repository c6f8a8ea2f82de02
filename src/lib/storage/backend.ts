/**
 * The only code that touches localStorage. Every access is wrapped: private modes throw on
 * access or give no room at all, storage can be full, and a browser can refuse storage
 * entirely. When localStorage cannot be used, sessionStorage keeps what is entered across the
 * pages of this visit (until the tab closes); when neither can, an in-memory fallback keeps the
 * app working on this page. `mode` says which, so the interface can warn.
 */

/** Why a write failed. */
export type WriteFailure = 'quota' | 'unavailable';

export interface Backend {
  /**
   * "local": saved in this browser; "session": kept until this tab closes; "memory": kept
   * only until the page closes.
   */
  readonly mode: 'local' | 'session' | 'memory';
  get(key: string): string | null;
  /** Writes a value; on failure nothing changes and the reason is returned. */
  set(key: string, value: string): { ok: true } | { ok: false; reason: WriteFailure };
  remove(key: string): void;
  /** All keys currently stored. */
  keys(): string[];
}

/** Whether an error is the browser's "storage is full". */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}

/** A backend over a Web Storage object (localStorage, or a test double with the same API). */
export function webStorageBackend(storage: Storage, mode: 'local' | 'session' = 'local'): Backend {
  return {
    mode,
    get(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage.setItem(key, value);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: the value stays, which is the safe outcome.
      }
    },
    keys() {
      try {
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
          (k): k is string => k !== null,
        );
      } catch {
        return [];
      }
    },
  };
}

/** A backend that keeps values in memory for this page only. */
export function memoryBackend(initial: Record<string, string> = {}): Backend {
  const values = new Map(Object.entries(initial));
  return {
    mode: 'memory',
    get: (key) => values.get(key) ?? null,
    set(key, value) {
      values.set(key, value);
      return { ok: true };
    },
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

/**
 * localStorage when it works (a test write and remove succeed, or it is full of data that
 * still reads), otherwise sessionStorage when that works, otherwise memory. A storage that
 * refuses even a tiny write while holding nothing of ours (a private window with no quota) is
 * not used. `local` and `session` are injectable for tests.
 */
export function openBackend(
  local: () => Storage | undefined = () => globalThis.localStorage,
  session: () => Storage | undefined = () => globalThis.sessionStorage,
): Backend {
  const kept = usable(local);
  if (kept) return webStorageBackend(kept, 'local');
  const forVisit = usable(session);
  return forVisit ? webStorageBackend(forVisit, 'session') : memoryBackend();
}

function usable(probe: () => Storage | undefined): Storage | undefined {
  let storage: Storage | undefined;
  try {
    storage = probe();
    if (!storage) return undefined;
    const testKey = 'medmentor:probe';
    storage.setItem(testKey, '1');
    storage.removeItem(testKey);
    return storage;
  } catch (error) {
    // A full storage still reads fine: keep using it, writes will report the quota.
    return storage && isQuotaError(error) && holdsData(storage) ? storage : undefined;
  }
}

function holdsData(storage: Storage): boolean {
  try {
    return storage.length > 0;
  } catch {
    return false;
  }
}
