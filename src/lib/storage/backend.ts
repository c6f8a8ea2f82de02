/**
 * The only code that touches localStorage. Every access is wrapped: private modes throw on
 * access, storage can be full, and a browser can refuse storage entirely. When localStorage
 * cannot be used, an in-memory fallback keeps the app working for this visit, and `mode` says
 * so, so the interface can warn that nothing will be kept.
 */

/** Why a write failed. */
export type WriteFailure = 'quota' | 'unavailable';

export interface Backend {
  /** "local": saved in this browser; "memory": kept only until the page closes. */
  readonly mode: 'local' | 'memory';
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
export function webStorageBackend(storage: Storage): Backend {
  return {
    mode: 'local',
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
 * localStorage when it works (a test write and remove succeed), otherwise memory.
 * `probe` is injectable for tests.
 */
export function openBackend(
  probe: () => Storage | undefined = () => globalThis.localStorage,
): Backend {
  try {
    const storage = probe();
    if (!storage) return memoryBackend();
    const testKey = 'medmentor:probe';
    storage.setItem(testKey, '1');
    storage.removeItem(testKey);
    return webStorageBackend(storage);
  } catch (error) {
    // A full storage still reads fine: keep using it, writes will report the quota.
    const storage = safeGet(probe);
    if (storage && isQuotaError(error)) return webStorageBackend(storage);
    return memoryBackend();
  }
}

function safeGet(probe: () => Storage | undefined): Storage | undefined {
  try {
    return probe();
  } catch {
    return undefined;
  }
}
