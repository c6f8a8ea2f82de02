/**
 * A new deployment: the page says "A new version is available" with a Reload button, and only
 * then switches to the new version (never a silent, half-updated site). Uses its own copy of
 * the build on its own port, so changing sw.js affects no other test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { buildOf } from './support/site';

let server: ChildProcess | undefined;
let dir = '';
const port = 4399;

test.afterEach(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a new version waits for "Reload"', async ({ browser }, testInfo) => {
  const { outDir } = buildOf(testInfo);
  dir = mkdtempSync(join(tmpdir(), 'medmentor-deploy-'));
  cpSync(outDir, dir, { recursive: true });
  server = spawn(
    process.execPath,
    ['scripts/serve-pages.mjs', '--dir', dir, '--base', '/', '--port', String(port)],
    { stdio: 'ignore' },
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await page.waitForTimeout(100);
    }
  }
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
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
