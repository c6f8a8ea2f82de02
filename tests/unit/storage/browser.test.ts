// @vitest-environment happy-dom
/**
 * The data layer as a page loads it, in a browser-like environment (happy-dom): it opens the
 * page's localStorage, keeps the list of set-aside values in step with other tabs, and the
 * preferences store follows the inline script's toggles in this tab.
 */
import { afterEach, expect, test } from 'vitest';
import { openBackend } from '~/lib/storage/backend';
import { $quarantine, $storageStatus, listQuarantine } from '~/lib/storage/runtime';
import { prefs } from '~/lib/stores/prefs';

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

/** What another tab's write looks like to this one. */
function otherTabWrites(key: string | null, value: string | null) {
  if (key === null) localStorage.clear();
  else if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
}

test('a page uses its localStorage and says so', () => {
  expect(openBackend().mode).toBe('local');
  expect($storageStatus.get().mode).toBe('local');
});

test('a value another tab sets aside appears in the list, and goes when it clears everything', () => {
  expect($quarantine.get()).toEqual([]);
  otherTabWrites('medmentor:quarantine:plan:1764000000000', '{broken');
  expect($quarantine.get()).toMatchObject([{ store: 'plan', raw: '{broken' }]);
  otherTabWrites(null, null);
  expect($quarantine.get()).toEqual([]);
});

test("another tab's ordinary saves do not re-read the list", () => {
  // Written without an event, as if set aside before this page loaded.
  localStorage.setItem('medmentor:quarantine:plan:1', 'x');
  otherTabWrites('medmentor:plan', '{"version":1,"goals":[]}');
  expect($quarantine.get()).toEqual([]);
  expect(listQuarantine()).toHaveLength(1);
});

test('clicking a theme or facilitator toggle updates the preferences shown in this tab', () => {
  const toggle = document.createElement('button');
  toggle.dataset.pref = 'theme';
  const icon = document.createElement('span');
  toggle.append(icon);
  document.body.append(toggle);
  // Shown somewhere on the page, as an island would.
  const shown: unknown[] = [];
  const stop = prefs.$value.listen((value) => shown.push(value));
  // The inline script writes storage directly; this tab gets no storage event for it.
  localStorage.setItem('medmentor:prefs', '{"version":1,"theme":"dark"}');
  icon.click();
  expect(shown).toEqual([{ version: 1, theme: 'dark' }]);
  // Other clicks leave the store alone.
  localStorage.setItem('medmentor:prefs', '{"version":1,"theme":"light"}');
  document.body.click();
  expect(shown).toEqual([{ version: 1, theme: 'dark' }]);
  stop();
});
