// @vitest-environment happy-dom
/**
 * The preferences script (src/scripts/prefs.ts) in a page: the stored theme is applied before the
 * first paint, the toggles flip and persist, other tabs' changes apply, an unreadable value is set
 * aside where My data finds it and never lost, and blocked storage breaks nothing. Every test
 * runs against the TypeScript module and against the minified text the pages carry.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { quarantineRecordSchema } from '~/lib/schemas/quarantine';
import { prefsSchema } from '~/lib/schemas/prefs';
import { webStorageBackend, memoryBackend } from '~/lib/storage/backend';
import { listQuarantine, useBackend } from '~/lib/storage/runtime';
import { buildInlineScripts } from '~/scripts/inline';
import { startPrefs } from '~/scripts/prefs';
import { openPage, runInline, type TestPage } from './harness';

const KEY = 'medmentor:prefs';
const TOGGLES = `
  <button type="button" data-pref="theme" aria-pressed="false">Dark theme</button>
  <button type="button" data-pref="facilitator" aria-pressed="false">Facilitator view</button>`;

let built = '';
beforeAll(async () => {
  built = (await buildInlineScripts('/')).prefs;
});

let page: TestPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
  useBackend(memoryBackend());
});

describe.each([
  ['the module', (win: Window) => startPrefs(win)],
  ['the built inline script', (win: Window) => runInline(win, built)],
])('%s', (_name, start) => {
  /** Opens a page, runs the script in <head> (before the body exists), then adds the toggles. */
  function load(options: Parameters<typeof openPage>[0] = {}) {
    page = openPage(options);
    const { win } = page;
    start(win);
    const before = {
      theme: win.document.documentElement.getAttribute('data-theme'),
      js: win.document.documentElement.hasAttribute('data-js'),
    };
    win.document.body.innerHTML = TOGGLES;
    // Browsers fire pageshow once the page has loaded (and on back/forward restores).
    win.dispatchEvent(new win.Event('pageshow'));
    return { ...page, before, html: win.document.documentElement };
  }
  const button = (win: Window, pref: string) =>
    win.document.querySelector<HTMLButtonElement>(`[data-pref="${pref}"]`)!;
  const stored = (p: TestPage) => p.storage.dump()[KEY];
  const quarantined = (p: TestPage) =>
    Object.entries(p.storage.dump()).filter(([key]) =>
      key.startsWith('medmentor:quarantine:prefs:'),
    );

  test('the stored theme is set before the body exists, and the page is marked data-js', () => {
    const { before, html, win } = load({
      stored: { [KEY]: JSON.stringify({ version: 1, theme: 'dark', facilitator: true }) },
    });
    expect(before).toEqual({ theme: 'dark', js: true });
    expect(html.hasAttribute('data-facilitator')).toBe(true);
    expect(button(win, 'theme').getAttribute('aria-pressed')).toBe('true');
    expect(button(win, 'facilitator').getAttribute('aria-pressed')).toBe('true');
  });

  test('a stored light theme wins over a dark device', () => {
    const { html, win } = load({
      dark: true,
      stored: { [KEY]: JSON.stringify({ version: 1, theme: 'light' }) },
    });
    expect(html.dataset.theme).toBe('light');
    expect(button(win, 'theme').getAttribute('aria-pressed')).toBe('false');
  });

  test('without a choice the device setting is followed, also when it changes', () => {
    const { html, win, dark } = load({ dark: true });
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(button(win, 'theme').getAttribute('aria-pressed')).toBe('true');
    dark.set(false);
    expect(html.hasAttribute('data-theme')).toBe(false);
    expect(button(win, 'theme').getAttribute('aria-pressed')).toBe('false');
    expect(html.hasAttribute('data-facilitator')).toBe(false);
  });

  test('the theme toggle flips the theme, keeps aria-pressed in step and persists', () => {
    const p = load({ dark: false });
    const toggle = button(p.win, 'theme');
    toggle.click();
    expect(p.html.dataset.theme).toBe('dark');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(stored(p)!)).toEqual({ version: 1, theme: 'dark' });
    // Back to light: stored as a choice, so a dark device no longer decides.
    p.dark.set(true);
    toggle.click();
    expect(p.html.dataset.theme).toBe('light');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(prefsSchema.parse(JSON.parse(stored(p)!))).toEqual({ version: 1, theme: 'light' });
  });

  test('the facilitator toggle shows the notes and persists without touching the theme', () => {
    const p = load({ stored: { [KEY]: JSON.stringify({ version: 1, theme: 'dark' }) } });
    const toggle = button(p.win, 'facilitator');
    toggle.click();
    expect(p.html.hasAttribute('data-facilitator')).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(stored(p)!)).toEqual({ version: 1, theme: 'dark', facilitator: true });
    toggle.click();
    expect(p.html.hasAttribute('data-facilitator')).toBe(false);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(JSON.parse(stored(p)!)).toEqual({ version: 1, theme: 'dark', facilitator: false });
  });

  test('a click inside a toggle (on its icon) counts as a click on it', () => {
    const p = load();
    const icon = p.win.document.createElement('span');
    button(p.win, 'theme').append(icon);
    icon.click();
    expect(p.html.dataset.theme).toBe('dark');
  });

  test('a change made in another tab applies here without a reload', () => {
    const p = load();
    p.storage.setItem(KEY, JSON.stringify({ version: 1, theme: 'dark', facilitator: true }));
    p.win.dispatchEvent(new p.win.StorageEvent('storage', { key: KEY }));
    expect(p.html.dataset.theme).toBe('dark');
    expect(p.html.hasAttribute('data-facilitator')).toBe(true);
    expect(button(p.win, 'theme').getAttribute('aria-pressed')).toBe('true');
    // Another tab cleared the storage (key null): back to the device setting.
    p.storage.clear();
    p.win.dispatchEvent(new p.win.StorageEvent('storage', { key: null }));
    expect(p.html.hasAttribute('data-theme')).toBe(false);
    expect(button(p.win, 'facilitator').getAttribute('aria-pressed')).toBe('false');
  });

  test("another key's storage event changes nothing", () => {
    const p = load();
    p.storage.setItem(KEY, JSON.stringify({ version: 1, theme: 'dark' }));
    p.win.dispatchEvent(new p.win.StorageEvent('storage', { key: 'medmentor:plan' }));
    expect(p.html.hasAttribute('data-theme')).toBe(false);
  });

  test.each([
    ['corrupt JSON', '{"version":1,'],
    ['another version', '{"version":99,"theme":"dark"}'],
    ['a wrong theme', '{"version":1,"theme":"blue"}'],
    ['a wrong facilitator flag', '{"version":1,"theme":"dark","facilitator":"yes"}'],
    ['a list', '[]'],
    ['null', 'null'],
  ])('%s counts as no preference and is set aside before a toggle overwrites it', (_, raw) => {
    const p = load({ dark: false, stored: { [KEY]: raw } });
    expect(p.html.hasAttribute('data-theme')).toBe(false);
    expect(p.html.hasAttribute('data-facilitator')).toBe(false);
    expect(stored(p)).toBe(raw);

    button(p.win, 'theme').click();
    expect(p.html.dataset.theme).toBe('dark');
    expect(JSON.parse(stored(p)!)).toEqual({ version: 1, theme: 'dark' });
    const [entry, ...more] = quarantined(p);
    expect(more).toEqual([]);
    const record = quarantineRecordSchema.parse(JSON.parse(entry![1]));
    expect(record).toMatchObject({ version: 1, store: 'prefs', raw });
    expect(entry![0]).toBe(`medmentor:quarantine:prefs:${Date.parse(record.at)}`);
    // My data lists it with its reason and time, and can give back the value exactly.
    useBackend(webStorageBackend(p.storage));
    expect(listQuarantine()).toEqual([
      { key: entry![0], store: 'prefs', reason: record.reason, at: record.at, raw },
    ]);

    // The next toggle reads a good value: nothing more is set aside.
    button(p.win, 'theme').click();
    expect(quarantined(p)).toHaveLength(1);
  });

  test('when the unreadable value cannot be set aside (storage full), nothing is written', () => {
    const raw = '{"version":1,"theme":';
    const p = load({ stored: { [KEY]: raw } });
    // Room for the new preferences, not for the quarantine record as well.
    p.storage.quota = (KEY.length + '{"version":1,"theme":"dark"}'.length) * 2 + 100;
    button(p.win, 'theme').click();
    expect(p.storage.dump()).toEqual({ [KEY]: raw });
    // The page still follows the click for as long as it is open.
    expect(p.html.dataset.theme).toBe('dark');
  });

  test('blocked storage (private mode) leaves the page working for this visit', () => {
    const p = load({ storageBlocked: true, dark: true });
    expect(p.html.hasAttribute('data-js')).toBe(true);
    expect(p.html.hasAttribute('data-theme')).toBe(false);
    const toggle = button(p.win, 'theme');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    toggle.click();
    expect(p.html.dataset.theme).toBe('light');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  test('storage that throws on every access behaves the same', () => {
    const p = load();
    p.storage.broken = true;
    p.win.dispatchEvent(new p.win.Event('pageshow'));
    button(p.win, 'facilitator').click();
    expect(p.html.hasAttribute('data-facilitator')).toBe(true);
    p.storage.broken = false;
    expect(p.storage.dump()).toEqual({});
  });
});
