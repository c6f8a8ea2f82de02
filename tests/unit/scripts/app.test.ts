// @vitest-environment happy-dom
/**
 * The app script (src/scripts/app.ts) in a page: offline banner, search on the button, "/" and
 * Ctrl/Cmd+K (loading `<base>search.js` only then), the manifest linked after load, and the
 * update banner and reload when a new service worker waits. The built inline text is run too,
 * for everything but search (its dynamic import cannot be replaced there).
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildInlineScripts } from '~/scripts/inline';
import { startApp, type ModuleLoader } from '~/scripts/app';
import { openPage, runInline, type TestPage } from './harness';

const BASE = '/medmentor/';

let built = '';
beforeAll(async () => {
  built = (await buildInlineScripts(BASE)).app;
});

let page: TestPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** A service worker container with a registration the test controls. */
function fakeServiceWorker({ waiting = false, controlled = true } = {}) {
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? { postMessage: vi.fn() } : null,
    installing: null as (EventTarget & { state?: string }) | null,
  });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  return { registration, container };
}

/** The page with a fake service worker, and `location.reload` spied on (it does nothing). */
function openWithWorker(worker?: Parameters<typeof fakeServiceWorker>[0]) {
  const { container, registration } = fakeServiceWorker(worker);
  const { win, html } = open({ serviceWorker: container });
  const reload = vi.spyOn(win.location, 'reload').mockImplementation(() => {});
  return { container, registration, win, html, reload };
}

function open({
  online = true,
  serviceWorker,
}: { online?: boolean; serviceWorker?: ReturnType<typeof fakeServiceWorker>['container'] } = {}) {
  page = openPage();
  const { win } = page;
  const state = { online };
  Object.defineProperty(win.navigator, 'onLine', { configurable: true, get: () => state.online });
  Object.defineProperty(win.navigator, 'serviceWorker', {
    configurable: true,
    value: serviceWorker,
  });
  // Timers run at once (so tests need not wait), and the delays asked for are kept.
  const delays: number[] = [];
  const setTimer = win.setTimeout.bind(win);
  win.setTimeout = ((handler: () => void, delay?: number) => {
    delays.push(delay ?? 0);
    return setTimer(handler, 0);
  }) as typeof win.setTimeout;
  win.document.body.innerHTML = `
    <input aria-label="Goal" />
    <button type="button" data-search-open><span>Search</span></button>
    <button type="button" data-app-reload>Reload</button>
    <span data-app-wait hidden></span>`;
  return { win, html: win.document.documentElement, state, delays };
}

/** Lets the page finish loading: the load event, the registration and the manifest timer. */
const settle = (p: TestPage | undefined) => p!.settle();

describe.each([
  ['the module', (win: Window) => startApp(BASE, win, () => new Promise(() => {}))],
  ['the built inline script', (win: Window) => runInline(win, built)],
])('%s', (_name, start) => {
  test('marks the page offline while the network is gone', () => {
    const { win, html, state } = open({ online: false });
    start(win);
    expect(html.hasAttribute('data-offline')).toBe(true);
    state.online = true;
    win.dispatchEvent(new win.Event('online'));
    expect(html.hasAttribute('data-offline')).toBe(false);
    state.online = false;
    win.dispatchEvent(new win.Event('offline'));
    expect(html.hasAttribute('data-offline')).toBe(true);
  });

  test('links the web app manifest only after the page has loaded', async () => {
    const { win, delays } = open();
    start(win);
    const manifest = () => win.document.head.querySelector('link[rel="manifest"]');
    expect(manifest()).toBeNull();
    await settle(page);
    expect(manifest()?.getAttribute('href')).toBe(`${BASE}manifest.webmanifest`);
    // A second after load, out of the way of the page's own requests.
    expect(delays).toEqual([1000]);
    expect(win.document.head.querySelectorAll('link[rel="manifest"]')).toHaveLength(1);
  });

  test('registers the service worker at the base path and shows a waiting update', async () => {
    const { container, registration, win, html, reload } = openWithWorker({ waiting: true });
    start(win);
    await settle(page);
    expect(container.register).toHaveBeenCalledWith(`${BASE}sw.js`);
    expect(html.hasAttribute('data-update')).toBe(true);

    // "Reload": the waiting worker takes over, then the page reloads into the new version.
    win.document.querySelector<HTMLButtonElement>('[data-app-reload]')!.click();
    expect(registration.waiting!.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  test.each([
    [
      'is refused (private browsing, a browser policy)',
      () => Promise.reject(new Error('SecurityError')),
    ],
    ['is blocked and gives no registration', () => Promise.resolve(undefined)],
  ])(
    'when registering the service worker %s, the page works on without an error',
    async (_why, register) => {
      const { container, win, html } = openWithWorker({ waiting: true });
      container.register = vi.fn(register) as unknown as typeof container.register;
      start(win);
      await settle(page);
      expect(container.register).toHaveBeenCalledOnce();
      expect(html.hasAttribute('data-update')).toBe(false);
      expect(win.document.head.querySelector('link[rel="manifest"]')).not.toBeNull();
    },
  );

  test('"Reload" waits while a form holds unsaved typing, says why, and goes on once it is saved', async () => {
    const { container, registration, win, reload } = openWithWorker({ waiting: true });
    const doc = win.document;
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<form data-unsaved="Typing in New goal."><input aria-label="Goal" /></form><form data-unsaved="Typing in Add a person."></form>',
    );
    start(win);
    await settle(page);
    const why = doc.querySelector<HTMLElement>('[data-app-wait]')!;
    const [goal, person] = doc.querySelectorAll('form');

    doc.querySelector<HTMLButtonElement>('[data-app-reload]')!.click();
    expect(why.hidden).toBe(false);
    expect(why.textContent).toBe('Typing in New goal.');
    expect(registration.waiting!.postMessage).not.toHaveBeenCalled();

    // The goal is saved (its form is gone): the other form still holds typing.
    goal!.remove();
    await vi.waitFor(() => expect(why.textContent).toBe('Typing in Add a person.'));
    expect(registration.waiting!.postMessage).not.toHaveBeenCalled();

    // Typing cleared (cancelled): the new version takes over, then the page reloads.
    person!.removeAttribute('data-unsaved');
    await vi.waitFor(() =>
      expect(registration.waiting!.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' }),
    );
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  test('in a second tab, after another tab switched to the new version, "Reload" reloads', async () => {
    // Both tabs saw the update; the other tab's "Reload" activated it, so none waits here now.
    const { container, registration, win, html, reload } = openWithWorker({ waiting: true });
    start(win);
    await settle(page);
    expect(html.hasAttribute('data-update')).toBe(true);
    registration.waiting = null;
    container.dispatchEvent(new Event('controllerchange'));
    // Not reloaded behind the person's back: they may be typing.
    expect(reload).not.toHaveBeenCalled();
    expect(html.hasAttribute('data-update')).toBe(true);
    win.document.querySelector<HTMLButtonElement>('[data-app-reload]')!.click();
    expect(reload).toHaveBeenCalledOnce();
  });

  test('a tab that had not seen the update shows the banner once another tab switches', async () => {
    const { container, win, html, reload } = openWithWorker();
    start(win);
    await settle(page);
    expect(html.hasAttribute('data-update')).toBe(false);
    container.dispatchEvent(new Event('controllerchange'));
    expect(html.hasAttribute('data-update')).toBe(true);
    win.document.querySelector<HTMLButtonElement>('[data-app-reload]')!.click();
    expect(reload).toHaveBeenCalledOnce();
  });

  test('an update found while the page is open shows the banner once it is installed', async () => {
    const { container, registration } = fakeServiceWorker();
    const { win, html } = open({ serviceWorker: container });
    start(win);
    await settle(page);
    expect(html.hasAttribute('data-update')).toBe(false);
    const installing = new EventTarget();
    registration.installing = installing;
    registration.dispatchEvent(new Event('updatefound'));
    registration.waiting = { postMessage: vi.fn() };
    installing.dispatchEvent(new Event('statechange'));
    expect(html.hasAttribute('data-update')).toBe(true);
  });

  test('the first install is no update, and a controller change then does not reload', async () => {
    const { container, win, html, reload } = openWithWorker({ waiting: true, controlled: false });
    start(win);
    await settle(page);
    expect(html.hasAttribute('data-update')).toBe(false);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    expect(html.hasAttribute('data-update')).toBe(false);
  });

  test('works where there is no service worker (old browser, insecure origin)', async () => {
    const { win, html } = open({ online: false });
    start(win);
    await settle(page);
    expect(html.hasAttribute('data-offline')).toBe(true);
    expect(win.document.head.querySelector('link[rel="manifest"]')).not.toBeNull();
  });
});

describe('search', () => {
  function withSearch() {
    const { win } = open();
    const openSearch = vi.fn();
    const load = vi.fn<ModuleLoader>(() => Promise.resolve({ openSearch }));
    startApp(BASE, win, load);
    const key = (target: EventTarget, init: KeyboardEventInit) => {
      const event = new win.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      target.dispatchEvent(event);
      return event;
    };
    return { win, load, openSearch, key };
  }

  test.each([
    ['"/"', { key: '/' }],
    ['Ctrl+K', { key: 'k', ctrlKey: true }],
    ['Cmd+K', { key: 'k', metaKey: true }],
    ['Ctrl+Shift+K', { key: 'K', ctrlKey: true, shiftKey: true }],
  ])('%s loads <base>search.js and opens search', async (_, init) => {
    const { win, load, openSearch, key } = withSearch();
    const event = key(win.document.body, init);
    // The key does nothing else (no "/" typed, no browser shortcut).
    expect(event.defaultPrevented).toBe(true);
    expect(load).toHaveBeenCalledWith(`${BASE}search.js`);
    await vi.waitFor(() => expect(openSearch).toHaveBeenCalledWith(BASE));
  });

  test('the search button (or its label) opens search', async () => {
    const { win, load, openSearch } = withSearch();
    win.document
      .querySelector('[data-search-open] span')!
      .dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(load).toHaveBeenCalledWith(`${BASE}search.js`);
    await vi.waitFor(() => expect(openSearch).toHaveBeenCalledWith(BASE));
  });

  test('"/" typed into a field is just typed, but Ctrl+K there still opens search', () => {
    const { win, load, key } = withSearch();
    const input = win.document.querySelector('input')!;
    input.focus();
    expect(key(input, { key: '/' }).defaultPrevented).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect(key(input, { key: 'k', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(load).toHaveBeenCalledOnce();
  });

  test('other keys and plain K leave search closed', () => {
    const { win, load, key } = withSearch();
    for (const init of [{ key: 'k' }, { key: 'a', ctrlKey: true }, { key: 'Enter' }]) {
      expect(key(win.document.body, init).defaultPrevented).toBe(false);
    }
    win.document.querySelector<HTMLButtonElement>('[data-app-reload]')!.click();
    expect(load).not.toHaveBeenCalled();
  });
});
