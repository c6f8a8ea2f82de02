import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

/** The mentees track's guides, counted from its folder as a school adds or removes them. */
const menteeGuides = readdirSync(
  join(import.meta.dirname, '../../src/content/guides/mentees'),
).filter((f) => f.endsWith('.mdx')).length;

test('from the home page into a guide, then on to the next guide', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const value of [
    'Guidance and support',
    'Knowledge and experience',
    'Belonging and community',
    'Purpose and direction',
    'Networking',
  ]) {
    await expect(page.getByRole('heading', { name: value })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Start with why mentorship matters' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Why mentorship matters in medical training' }),
  ).toBeVisible();
  await expect(page.getByText(`Guide 1 of ${menteeGuides}`)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'By the end of this guide you can' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
  const nextTitle = (await pager.locator('a[rel="next"] .pager-title').textContent())?.trim();
  expect(nextTitle).toBeTruthy();
  await pager.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle ?? '');
  await expect(page.getByText(`Guide 2 of ${menteeGuides}`)).toBeVisible();
  await expect(pager.locator('a[rel="prev"]')).toContainText(
    'Why mentorship matters in medical training',
  );
});

test('the table of contents jumps to each section of a guide', async ({ page }) => {
  await page.goto('guides/mentees/why-mentorship-matters/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const second = links.nth(1);
  const hash = await second.getAttribute('href');
  await second.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(`[id="${hash?.slice(1)}"]`)).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the menu opens and leads to every section', async ({ page }) => {
    await page.goto('./');
    const menu = page.locator('details.nav-narrow > summary');
    await expect(menu).toBeVisible();
    await expect(page.locator('.nav-wide')).toBeHidden();
    const glossary = page.locator('details.nav-narrow').getByRole('link', { name: 'Glossary' });
    await expect(glossary).toBeHidden();
    await menu.click();
    await expect(glossary).toBeVisible();
    await glossary.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    // The current page is marked for screen readers.
    await page.locator('details.nav-narrow > summary').click();
    await expect(
      page.locator('details.nav-narrow').getByRole('link', { name: 'Glossary' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('the menu works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 667 },
      baseURL: baseURL ?? '',
    });
    const page = await context.newPage();
    await page.goto('./');
    await page.locator('details.nav-narrow > summary').click();
    await page.locator('details.nav-narrow').getByRole('link', { name: 'Guides' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
    await context.close();
  });

  test('nothing is wider than the screen at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['./', 'guides/', 'guides/mentees/why-mentorship-matters/', 'glossary/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a missing page shows the 404 page with working links @subpath', async ({ page, guards }) => {
  guards.allow.push(/status of 404/);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all guides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
});

test('the header stays on one line with full-size icons, from phones to desktops', async ({
  page,
}) => {
  for (const width of [320, 768, 1024, 1200, 1280, 1440]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('./');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, `header height at ${width} px`).toBeLessThan(72);
    for (const icon of ['.brand svg', '.search-open svg', '.pref-toggle svg']) {
      const box = await page.locator(`.site-header ${icon}`).first().boundingBox();
      expect(box?.width, `${icon} at ${width} px`).toBeGreaterThanOrEqual(20);
    }
  }
});
