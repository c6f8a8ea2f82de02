/** Site search: loads only when opened, finds words in guide bodies, tolerates typos, filters. */
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('a page view that never searches downloads no search bytes', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('guides/mentees/finding-a-mentor/');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => /pagefind|search\.js|search-titles/.test(u))).toEqual([]);
});

test('"/" opens search; a word from a guide body leads to the guide @subpath', async ({ page }) => {
  await page.goto('glossary/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel('Search guides, tools and the glossary');
  await expect(input).toBeFocused();
  await input.fill('hidden curriculum');
  const hit = dialog.locator('.search-hit', { hasText: 'Learning from experience' });
  await expect(hit).toBeVisible();
  await expect(dialog.locator('.search-excerpt mark').first()).toBeVisible();
  await expectAccessible(page, 'the search dialog', '#site-search');
  // Keyboard: arrow down to the results, Enter to open.
  await input.press('ArrowDown');
  await expect(dialog.locator('.search-hit').first()).toBeFocused();
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Learning from experience');
});

test('Ctrl+K opens search; a misspelled query still finds something; Escape closes', async ({
  page,
}) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByLabel('Search guides, tools and the glossary').fill('mentorshp');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText(/result|close match/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('filters by track and by audience narrow the results', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByLabel('Search guides, tools and the glossary').fill('mentor');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  await dialog.getByLabel('Track').selectOption('Programs');
  await expect(dialog.locator('.search-kind').first()).toHaveText('Running a mentorship program');
  for (const kind of await dialog.locator('.search-kind').allTextContents()) {
    expect(kind).toBe('Running a mentorship program');
  }
  await dialog.getByLabel('Track').selectOption('');
  await dialog.getByLabel('For').selectOption('Program leads');
  await expect(dialog.locator('.search-kind').first()).toHaveText('Running a mentorship program');
});
