import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

/** How many guides a track has: its folder's MDX files, as a school adds or removes them. */
const guidesIn = (track: string) =>
  readdirSync(join(import.meta.dirname, '../../src/content/guides', track)).filter((f) =>
    f.endsWith('.mdx'),
  ).length;

const tracks = [
  { id: 'mentees', title: 'Getting the most from mentorship', guides: guidesIn('mentees') },
  { id: 'mentors', title: 'Becoming an effective mentor', guides: guidesIn('mentors') },
  { id: 'programs', title: 'Running a mentorship program', guides: guidesIn('programs') },
];

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  for (const track of tracks) {
    test(`a reader goes through "${track.title}" with Next alone`, async ({ page }) => {
      await page.goto(`guides/${track.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(track.title);
      await expect(page.locator('.sequence > li')).toHaveCount(track.guides);
      await page.getByRole('link', { name: 'Start with guide 1' }).click();
      const seen: string[] = [];
      for (let n = 1; n <= track.guides; n++) {
        await expect(page.getByText(`Guide ${n} of ${track.guides}`)).toBeVisible();
        seen.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
        const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
        if (n < track.guides) await pager.locator('a[rel="next"]').click();
        else await pager.getByRole('link', { name: /Finished the track/ }).click();
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(track.title);
      expect(new Set(seen).size).toBe(track.guides);
    });
  }
});

test('the curriculum page lists every track and guide', async ({ page }) => {
  await page.goto('guides/');
  for (const track of tracks) {
    const section = page.getByRole('region', { name: track.title });
    await expect(section.getByRole('listitem')).toHaveCount(track.guides);
  }
});

test('a track handbook holds every guide with a working table of contents', async ({ page }) => {
  await page.goto('guides/mentors/');
  await page.getByRole('link', { name: /Handbook/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Becoming an effective mentor');
  const articles = page.locator('article.handbook-guide');
  await expect(articles).toHaveCount(guidesIn('mentors'));
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const lastGuide = contents.locator(':scope > ol > li').last().locator('> a');
  const title = (await lastGuide.textContent()) ?? '';
  await lastGuide.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeInViewport();
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size, 'no duplicate ids').toBe(ids.length);
});

test('glossary terms in a guide lead to their definitions', async ({ page }) => {
  await page.goto('guides/mentees/why-mentorship-matters/');
  const term = page.locator('main a.term').first();
  const href = (await term.getAttribute('href')) ?? '';
  const id = href.split('#')[1] ?? '';
  await term.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('printing a guide drops the navigation and keeps the content', async ({ page }) => {
  await page.goto('guides/mentees/finding-a-mentor/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Facilitator view' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  // Link targets are printed after internal links.
  const after = await page
    .locator('main .guide-body a[href^="/guides/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/\(\/guides\/.+\)/);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
