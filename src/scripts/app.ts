/**
 * The app script, inlined in the <head> of every page after the preferences script (built by
 * ./inline.ts, with the base path written in at build time). It
 * - registers the service worker (its scope is the base path, where sw.js lives);
 * - marks the page `data-offline` while offline and `data-update` when a new version is waiting
 *   (or another tab has already switched to it), which shows the static banners in BaseLayout,
 *   and reloads into the new version when the person asks (a `data-app-reload` button). Typing
 *   is never thrown away for it: while a form says it holds unsaved typing (`data-unsaved`, whose
 *   value says so in words) the reload waits, shows that text (in `data-app-wait`), and happens
 *   by itself once nothing is unsaved;
 * - prints the page from a `data-print` button (the session plans and facilitator sheets);
 * - opens site search on a `data-search-open` button, "/" (unless typing) or Ctrl/Cmd+K,
 *   loading `<base>search.js` only then, so pages carry no search code until someone searches;
 * - links the web app manifest a second after the page has loaded: the browser then fetches it
 *   (and its icons) once the page is painted, not in competition with it on a slow network.
 *   Installing the site needs the manifest only later, when someone chooses to install.
 */
import type { openSearch } from '../search/search';

/** What `search.js` (src/search/search.ts) exports. */
export interface SearchModule {
  openSearch: typeof openSearch;
}

/** Loads a module by URL: the browser's dynamic import; tests pass their own. */
export type ModuleLoader = (url: string) => Promise<SearchModule>;

const importModule: ModuleLoader = (url) => import(/* @vite-ignore */ url) as Promise<SearchModule>;

/** Starts the app behaviour in `win`'s page; `base` is the site's base path ("/medmentor/"). */
export function startApp(base: string, win: Window = window, load = importModule): void {
  const doc = win.document;
  const nav = win.navigator;
  const root = doc.documentElement;
  // Absent in old browsers and on insecure origins.
  const worker = nav.serviceWorker as ServiceWorkerContainer | undefined;
  let registration: ServiceWorkerRegistration | undefined;
  let reloading = false;
  // A controller change on a page that had none is the first install, not a new version.
  const controlled = !!worker?.controller;

  const markOffline = () => root.toggleAttribute('data-offline', !nav.onLine);
  const search = (event: Event) => {
    event.preventDefault();
    void load(`${base}search.js`).then((module) => module.openSearch(base));
  };

  markOffline();
  win.addEventListener('online', markOffline);
  win.addEventListener('offline', markOffline);
  doc.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-search-open]')) search(event);
    if (target.closest('[data-app-reload]') && root.hasAttribute('data-update')) reloadWhenSaved();
    if (target.closest('[data-print]')) win.print();
  });
  doc.addEventListener('keydown', (event) => {
    const typing = doc.activeElement?.matches('input,textarea,select,[contenteditable]');
    if (
      (/^k$/i.test(event.key) && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !typing)
    )
      search(event);
  });
  // The new worker took over after "Reload": show the new version. When another tab made it
  // take over, this page still runs the old one: offer the reload here too.
  worker?.addEventListener('controllerchange', () => {
    if (reloading) win.location.reload();
    else if (controlled) root.setAttribute('data-update', '');
  });

  /** Reloads into the new version once no form holds unsaved typing; until then, says why. */
  function reloadWhenSaved(): void {
    const form = doc.querySelector('[data-unsaved]');
    const why = doc.querySelector<HTMLElement>('[data-app-wait]');
    if (form) {
      if (why) {
        why.textContent = form.getAttribute('data-unsaved');
        why.hidden = false;
      }
      // Saving or cancelling removes the mark (or the whole form): look again in a moment.
      win.setTimeout(reloadWhenSaved, 300);
      return;
    }
    const waiting = registration?.waiting;
    if (waiting) {
      reloading = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    } else {
      // No worker waits: another tab has already switched to the new version.
      win.location.reload();
    }
  }

  win.addEventListener('load', () => {
    win.setTimeout(() => {
      const manifest = doc.createElement('link');
      manifest.rel = 'manifest';
      manifest.href = `${base}manifest.webmanifest`;
      doc.head.append(manifest);
    }, 1000);
    // Registration can fail or be blocked (private browsing, a browser policy, test browsers):
    // the site then works online only, without an error.
    void worker
      ?.register(`${base}sw.js`)
      .then((found: ServiceWorkerRegistration | undefined) => {
        if (!found) return;
        registration = found;
        // Only an update when a worker already controls the page; the first install is not one.
        const markUpdate = () => {
          if (found.waiting && worker.controller) root.setAttribute('data-update', '');
        };
        markUpdate();
        found.addEventListener('updatefound', () =>
          found.installing?.addEventListener('statechange', markUpdate),
        );
      })
      .catch(() => undefined);
  });
}
