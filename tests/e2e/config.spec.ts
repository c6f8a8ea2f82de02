/**
 * A school's configuration, end to end: the site built with examples/school.config.ts (own
 * colors and logo, CanMEDS, directory and network off, the program leads' track hidden). Runs
 * on the "school" project only (@config). Its link crawl is in links.spec.ts (@school), its axe
 * sweep in a11y-sweep.spec.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';

test('hidden tools and tracks are gone: no pages, no navigation, no links @config', async ({
  page,
}, testInfo) => {
  const { outDir } = buildOf(testInfo);
  const pages = pagePaths(outDir);
  expect(pages.filter((p) => /^\/(mentors|network)\//.test(p))).toEqual([]);
  expect(pages.filter((p) => p.startsWith('/guides/programs/'))).toEqual([]);
  expect(existsSync(join(outDir, 'plan/meetings/index.html'))).toBe(true);

  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Guides' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mentors' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Network' })).toHaveCount(0);
  await expect(page.locator('a[href^="/mentors/"], a[href^="/network/"]')).toHaveCount(0);

  // A guide that lists the directory and the network as related tools does not link them.
  await page.goto('guides/mentees/building-your-network/');
  await expect(page.locator('main a[href^="/mentors/"], main a[href^="/network/"]')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('network map');

  await page.goto('guides/');
  await expect(page.getByRole('main')).not.toContainText('Running a mentorship program');
});

test('the school brand, contact, footer links and framework are used @config', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Riverside Mentors/);
  await expect(
    page.getByRole('banner').getByRole('img', { name: 'Riverside Mentors' }),
  ).toBeVisible();
  const start = page.getByRole('main').locator('a.button').first();
  await expect(start).toHaveCSS('background-color', 'rgb(107, 45, 92)');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'mentoring@example.org' })).toHaveAttribute(
    'href',
    'mailto:mentoring@example.org',
  );
  await expect(footer.getByRole('link', { name: 'Learner wellbeing' })).toHaveAttribute(
    'href',
    'https://example.org/wellbeing',
  );
  await expect(footer).toContainText('Riverside School of Medicine (fictional)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');

  await page.goto('assessments/clinical-strengths/');
  await expect(page.getByRole('main')).toContainText('grouped by the seven CanMEDS roles');
});
