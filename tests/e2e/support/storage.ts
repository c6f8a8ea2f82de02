/** The site's localStorage as a test sees it: seeded before a step, read after it. */
import type { BrowserContext, Page } from '@playwright/test';

/** Stores raw values under their keys (the page must be on the site's origin). */
export async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

/** Opens `path` with these values stored, as if an earlier visit had left them. */
export async function openWith(
  page: Page,
  path: string,
  entries: Record<string, string>,
): Promise<void> {
  await page.goto(path);
  await seed(page, entries);
  await page.reload();
}

/** Every medmentor: key and its value, sorted by key. */
export async function ownStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('medmentor:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k) ?? '']),
    ),
  );
}

/** Stores these preferences before every page load from now on, as if the reader had set them. */
export async function presetPrefs(
  page: Page,
  prefs: { theme: 'light' | 'dark'; facilitator: boolean },
): Promise<void> {
  await page.addInitScript(
    (value) => localStorage.setItem('medmentor:prefs', value),
    JSON.stringify({ version: 1, ...prefs }),
  );
}

/** This page at `here` and a second tab at `there`, both in the light color scheme. */
export async function twoTabs(
  page: Page,
  context: BrowserContext,
  here: string,
  there: string,
): Promise<Page> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(here);
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: 'light' });
  await other.goto(there);
  return other;
}
