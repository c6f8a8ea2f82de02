/**
 * Offline after one visit, at "/" and at "/medmentor/": every page, the tools and search work
 * with the network off, and the precache lists every page of the build.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { completeNeeds } from './support/needs';
import { buildOf, pagePaths, readText } from './support/site';

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('the precache lists every HTML page of the build @subpath', () => {
  const { outDir, base } = buildOf();
  const sw = readText(join(outDir, 'sw.js'));
  const urls = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  // Every page but the print views (facilitator sheets, handbooks and session plans, which
  // repeat the guides) and mentor profiles (as many as the school lists): they are cached when
  // opened (scripts/build.mjs).
  const pages = pagePaths(outDir).filter(
    (p) => !/\/(sheet|handbook|session-plan)\/$/.test(p) && !/^\/mentors\/[^/]+\/$/.test(p),
  );
  expect(pages).toContain('/mentors/');
  expect(urls.has(`${base}mentors/index.json`), 'the directory index (a small directory)').toBe(
    true,
  );
  expect(pages.length).toBeGreaterThan(30);
  for (const page of pages) {
    const file = page.endsWith('/') ? `${page}index.html` : page;
    expect(urls.has(`${base}${file.slice(1)}`), file).toBe(true);
  }
  for (const asset of [
    'search.js',
    'manifest.webmanifest',
    'pagefind/pagefind.js',
    'icons/icon-192.png',
  ]) {
    expect(urls.has(`${base}${asset}`), asset).toBe(true);
  }
});

test('the web app manifest installs under the base path @subpath', async ({ page }, testInfo) => {
  const { base } = buildOf(testInfo);
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${base}manifest.webmanifest`);
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    icons: { src: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ start_url: base, scope: base, display: 'standalone' });
  const purposes = manifest.icons.map((i) => i.purpose);
  expect(purposes).toContain('maskable');
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
});

test('after one online visit, the whole site works offline @subpath', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(180_000);
  const { outDir } = buildOf(testInfo);
  await page.goto('./');
  await controlled(page);
  const navPaths = await page
    .locator('.nav-wide a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('You are offline.')).toBeVisible();

  // Print views (sheets, handbooks, session plans) are cached when opened (scripts/build.mjs),
  // so not offline unvisited: the test below opens one.
  const guides = pagePaths(outDir).filter(
    (p) => p.startsWith('/guides/') && !/\/(sheet|handbook|session-plan)\/$/.test(p),
  );
  for (const path of [
    ...navPaths.map((p) => `.${p.slice(buildOf(testInfo).base.length - 1)}`),
    ...guides.map((p) => `.${p}`),
  ]) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  // A self-assessment completed offline is kept.
  await page.goto('./assessments/mentoring-needs/');
  await completeNeeds(page, () => 3);
  await expect(page.getByRole('heading', { name: 'Scores by area' })).toBeVisible();
  await page.reload();
  await page.getByText('Scores as a table', { exact: true }).click();
  await expect(page.getByRole('table', { name: /^Your scores/ })).toBeVisible();

  // The directory works offline: its index is precached (a small directory), and a profile
  // opened online opens offline (the test below).
  await page.goto('./mentors/');
  await expect(page.locator('.result-count')).toHaveText(/\d+ mentors in the directory/);
  await expect(page.getByRole('alert')).toBeHidden();
  await page.getByLabel('Search mentors').fill('Okafr');
  await expect(page.locator('.result-count')).toHaveText(/of \d+ match/);

  // Search works offline too.
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search guides, tools and the glossary').fill('sponsorship');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await context.setOffline(false);
});

test('a mentor profile opened once opens offline @subpath', async ({ page, context }) => {
  await page.goto('./mentors/');
  await controlled(page);
  await page.goto('./mentors/amara-okafor/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara Okafor');
  await context.setOffline(true);
  await page.goto('./mentors/amara-okafor/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara Okafor');
  await page.goto('./mentors/');
  await page.getByLabel('Search mentors').fill('Okafr');
  await page.getByRole('link', { name: 'Amara Okafor' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara Okafor');
  await context.setOffline(false);
});

test('a handbook opened once opens offline, to print without a connection @subpath', async ({
  page,
  context,
}) => {
  await page.goto('./guides/mentors/');
  await controlled(page);
  await page.getByRole('link', { name: /Handbook/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming an effective mentor');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming an effective mentor');
  await expect(page.locator('article.handbook-guide').first()).toBeVisible();
  await context.setOffline(false);
});
