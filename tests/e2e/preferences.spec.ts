import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { twoTabs } from './support/storage';

/** Records, for every page load, the theme attribute at the moment <body> is first parsed. */
async function recordThemeBeforeBody(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { themeAtBody?: string | null };
    new MutationObserver((_records, observer) => {
      if (document.body) {
        w.themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the theme toggle overrides the OS, survives a reload, and never flashes', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordThemeBeforeBody(page);
  await page.goto('guides/mentees/why-mentorship-matters/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);

  await page.reload();
  // Set before <body> was parsed, i.e. before the first paint: no flash of the light theme.
  expect(await page.evaluate(() => (window as { themeAtBody?: string | null }).themeAtBody)).toBe(
    'dark',
  );
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

  // Another page of the site keeps the choice.
  await page.goto('glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Switching back to light also sticks, even though the OS now prefers dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
});

test('without a choice, the theme follows the OS', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe(dark);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the facilitator view shows workshop notes and is remembered', async ({ page }) => {
  // A mentors' guide shows the switch; a mentees' guide only while the view is on.
  await page.goto('guides/mentors/listening-asking-feedback/');
  const notes = page.locator('.facilitator-note');
  expect(await notes.count()).toBeGreaterThan(0);
  await expect(notes.first()).toBeHidden();

  const toggle = page.getByRole('button', { name: 'Facilitator view' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(notes.first()).toBeVisible();

  await page.goto('guides/mentees/guidance-and-support/');
  await expect(page.locator('.facilitator-note').first()).toBeVisible();
  await page.reload();
  await expect(page.locator('.facilitator-note').first()).toBeVisible();

  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await expect(page.locator('.facilitator-note').first()).toBeHidden();
  await page.reload();
  await expect(page.locator('.facilitator-note').first()).toBeHidden();
});

test('a change in another tab applies here without a reload', async ({ page, context }) => {
  const other = await twoTabs(page, context, 'guides/mentees/why-mentorship-matters/', 'glossary/');
  await other.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
