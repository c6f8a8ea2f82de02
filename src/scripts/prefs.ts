/**
 * The preferences script, inlined in the <head> of every page (built by ./inline.ts). It runs
 * before the first paint, so the stored theme never flashes the wrong colors, and it handles the
 * theme and facilitator toggles by event delegation, so guide pages need no JavaScript file.
 *
 * Stored shape, key `medmentor:prefs`: `{ "version": 1, "theme"?: "light" | "dark",
 * "facilitator"?: boolean }` (schema: src/lib/schemas/prefs.ts; checked here by hand, because
 * zod would multiply the bytes every page carries). Anything else (corrupt JSON, another
 * version, a wrong field) counts as "no preference" and is left in place. Before a toggle writes
 * a new value, the unreadable one is set aside as a quarantine record (src/lib/schemas/
 * quarantine.ts) under `medmentor:quarantine:prefs:<time>`, where My data lists it; if that copy
 * cannot be written, nothing is written, so it is never lost.
 *
 * It also marks the page `data-js`, so controls that need JavaScript are laid out from the first
 * paint (no shift when their island starts) and hidden when scripts do not run.
 *
 * A toggle is any element with `data-pref="theme"` or `data-pref="facilitator"`; the script keeps
 * its `aria-pressed` in step with the stored value, across tabs (storage event) and after the
 * back/forward cache restores a page (pageshow, which also fires once the page has loaded and its
 * buttons exist).
 */
import { PREFS_VERSION, type Prefs } from '../lib/schemas/prefs';
import { QUARANTINE_VERSION, type QuarantineRecord } from '../lib/schemas/quarantine';
import { quarantineKey, storeKey } from '../lib/storage/keys';

const STORE = 'prefs';

/** The stored text as preferences, or null when it does not have their shape. */
export function parsePrefs(raw: string): Prefs | null {
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof Prefs, unknown>> | null;
    const { theme, facilitator } = value ?? {};
    return value?.version === PREFS_VERSION &&
      !Array.isArray(value) &&
      (theme === undefined || theme === 'light' || theme === 'dark') &&
      (facilitator === undefined || typeof facilitator === 'boolean')
      ? (value as Prefs)
      : null;
  } catch {
    return null;
  }
}

/** Applies the stored preferences to `win`'s page and handles its toggles from then on. */
export function startPrefs(win: Window = window): void {
  const doc = win.document;
  const root = doc.documentElement;
  const key = storeKey(STORE);
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  let prefs: Prefs;
  /** The stored text when it could not be read: to be set aside before it is overwritten. */
  let unreadable: string | null;

  const load = () => {
    let raw: string | null = null;
    try {
      raw = win.localStorage.getItem(key);
    } catch {
      // Storage blocked (private mode, a policy): no preference, nothing to set aside.
    }
    const stored = raw === null ? null : parsePrefs(raw);
    prefs = stored ?? { version: PREFS_VERSION };
    unreadable = stored ? null : raw;
  };
  const isDark = () => (prefs.theme ? prefs.theme === 'dark' : dark.matches);
  const isFacilitator = () => prefs.facilitator === true;
  const apply = () => {
    if (prefs.theme) root.dataset.theme = prefs.theme;
    else delete root.dataset.theme;
    root.toggleAttribute('data-facilitator', isFacilitator());
    doc.querySelectorAll<HTMLElement>('[data-pref]').forEach((toggle) => {
      toggle.setAttribute(
        'aria-pressed',
        String(toggle.dataset.pref === 'theme' ? isDark() : isFacilitator()),
      );
    });
  };
  const reload = () => {
    load();
    apply();
  };
  const save = () => {
    const now = Date.now();
    try {
      if (unreadable !== null) {
        const record: QuarantineRecord = {
          version: QUARANTINE_VERSION,
          store: STORE,
          reason: 'it could not be read',
          at: new Date(now).toISOString(),
          raw: unreadable,
        };
        win.localStorage.setItem(quarantineKey(STORE, now), JSON.stringify(record));
      }
      win.localStorage.setItem(key, JSON.stringify(prefs));
    } catch {
      // Storage blocked or full: the choice holds on this page only, and an unreadable value
      // that could not be set aside stays where it was.
    }
  };

  root.dataset.js = '';
  reload();
  dark.addEventListener('change', apply);
  win.addEventListener('storage', (event) => {
    // `key` is null when another tab cleared the storage.
    if (event.key === key || event.key === null) reload();
  });
  win.addEventListener('pageshow', reload);
  doc.addEventListener('click', (event) => {
    const toggle = (event.target as Element).closest<HTMLElement>('[data-pref]');
    if (!toggle) return;
    load();
    if (toggle.dataset.pref === 'theme') prefs.theme = isDark() ? 'light' : 'dark';
    else prefs.facilitator = !isFacilitator();
    save();
    apply();
  });
}
