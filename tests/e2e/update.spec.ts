/**
 * A new deployment: the page says "A new version is available" with a Reload button, and only
 * then switches to the new version (never a silent, half-updated site). Reload never throws away
 * typing (it waits for the form and says why), and works in every open tab. Uses its own copy of
 * the build on its own port, so changing sw.js affects no other test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { buildOf } from './support/site';

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

let server: ChildProcess | undefined;
let dir = '';

test.afterEach(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Serves a copy of the build; `deploy()` then publishes a new version of it (a new sw.js). */
async function serveCopy(browser: Browser, testInfo: TestInfo) {
  const { outDir } = buildOf(testInfo);
  // One port per parallel worker: tests of this file may run at the same time.
  const port = 4399 - testInfo.parallelIndex;
  dir = mkdtempSync(join(tmpdir(), 'medmentor-deploy-'));
  cpSync(outDir, dir, { recursive: true });
  server = spawn(
    process.execPath,
    ['scripts/serve-pages.mjs', '--dir', dir, '--base', '/', '--port', String(port)],
    { stdio: 'ignore' },
  );
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  /** A new tab at `path`, once the service worker controls it. */
  const open = async (path = '') => {
    const page = await context.newPage();
    for (let i = 0; i < 50; i++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/${path}`);
        break;
      } catch {
        await page.waitForTimeout(100);
      }
    }
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    return page;
  };
  const deploy = async (page: Page) => {
    appendFileSync(join(dir, 'sw.js'), `\n// a new deployment ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
  };
  return { context, open, deploy };
}

type Marked = Window & { oldVersion?: boolean };

/** Marks the page: the mark is gone once the page has reloaded into the new version. */
const mark = (page: Page) => page.evaluate(() => ((window as Marked).oldVersion = true));

/** Whether the page still runs the old version (evaluations landing mid-reload count as yes). */
const stillOld = (page: Page) =>
  page.evaluate(() => (window as Marked).oldVersion ?? false).catch(() => true);

const bannerText = 'A new version of MedMentor is available.';

test('a new version waits for "Reload"', async ({ browser }, testInfo) => {
  const { context, open } = await serveCopy(browser, testInfo);
  const page = await open();
  const banner = page.getByText('A new version of MedMentor is available.');
  await expect(banner).toBeHidden();

  // Deploy a new version: the service worker script changes.
  appendFileSync(join(dir, 'sw.js'), '\n// a new deployment\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect(banner).toBeVisible();
  // Until the person chooses, the page keeps the old version.
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  // Mark this page: the mark is gone once the page has reloaded into the new version.
  await page.evaluate(() => ((window as unknown as { oldVersion?: boolean }).oldVersion = true));
  await page.getByRole('button', { name: 'Reload' }).click();
  // Evaluations can land mid-reload; count that as "not yet".
  const ask = <T>(fn: () => T | Promise<T>, fallback: T) => page.evaluate(fn).catch(() => fallback);
  await expect
    .poll(
      () => ask(() => (window as unknown as { oldVersion?: boolean }).oldVersion ?? false, true),
      {
        timeout: 20_000,
      },
    )
    .toBe(false);
  await expect(banner).toBeHidden();
  await expect
    .poll(() => ask(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, true))
    .toBe(false);
  expect(before).toContain('/sw.js');
  await context.close();
});

test('an update arriving mid-typing in the New goal form keeps the typing', async ({
  browser,
}, testInfo) => {
  const { context, open, deploy } = await serveCopy(browser, testInfo);
  // The planner after a first visit (the service worker now controls it).
  const page = await open('plan/');
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Goal', { exact: true }).fill('Present a case at grand rounds');
  await page.getByLabel('Specific').fill('One case, ten minutes, with two questions to the room');

  await deploy(page);
  const banner = page.getByText(bannerText);
  await expect(banner).toBeVisible();
  await mark(page);
  await page.getByRole('button', { name: 'Reload' }).click();
  // The reload waits for the form, and says why.
  await expect(
    page.getByText('You are typing in “New goal”. Save or cancel it, and the page then reloads'),
  ).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await stillOld(page)).toBe(true);
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue(
    'Present a case at grand rounds',
  );
  await expect(page.getByLabel('Specific')).toHaveValue(
    'One case, ten minutes, with two questions to the room',
  );

  // Once it is saved, the page reloads by itself into the new version, with the goal kept.
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect.poll(() => stillOld(page), { timeout: 20_000 }).toBe(false);
  await expect(banner).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present a case at grand rounds' })).toBeVisible();
  await context.close();
});

test('every open tab shows the update, and Reload works in each', async ({ browser }, testInfo) => {
  const { context, open, deploy } = await serveCopy(browser, testInfo);
  const first = await open();
  const second = await open('about/');
  await deploy(first);
  for (const tab of [first, second]) await expect(tab.getByText(bannerText)).toBeVisible();
  await mark(first);
  await mark(second);

  await first.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => stillOld(first), { timeout: 20_000 }).toBe(false);
  // The second tab still runs the old version, and says so, until the person reloads it.
  expect(await stillOld(second)).toBe(true);
  await expect(second.getByText(bannerText)).toBeVisible();
  await second.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => stillOld(second), { timeout: 20_000 }).toBe(false);
  await expect(second.getByText(bannerText)).toBeHidden();
  await context.close();
});
