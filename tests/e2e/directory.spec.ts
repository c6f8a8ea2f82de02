/** The mentor directory: typo-tolerant search, filters, and suggestions from the needs assessment. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { completeNeeds } from './support/needs';

const dir = 'src/content/mentors';
const mentors = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) => parse(readFileSync(`${dir}/${f}`, 'utf8')) as { helpAreas: string[]; formats: string[] },
  );
const count = (test: (m: (typeof mentors)[number]) => boolean) => mentors.filter(test).length;
const has = (list: string[], value: string) => list.includes(value);

test('a search with a typo finds the mentor', async ({ page }) => {
  await page.goto('mentors/');
  await expect(page.locator('.result-count')).toHaveText(
    `${mentors.length} mentors in the directory`,
  );
  await page.getByLabel('Search mentors').fill('Okafr');
  const list = page.getByRole('list', { name: 'All mentors' });
  await expect(list.getByRole('heading').first()).toHaveText('Amara Okafor (she/her)');
  await expect(page.locator('.result-count')).toHaveText(/of \d+ match/);
  await list.getByRole('link', { name: 'Amara Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara Okafor');
  await expect(page.getByText('This person is fictional')).toBeVisible();
  await expect(page.getByRole('link', { name: 'amara.okafor@example.org' })).toHaveAttribute(
    'href',
    'mailto:amara.okafor@example.org',
  );
});

test('filters: OR within a group, AND across groups, count announced', async ({ page }) => {
  await page.goto('mentors/');
  const status = page.getByRole('status').and(page.locator('.result-count'));
  await page.getByText('Filters', { exact: true }).click();
  const helpWith = page.getByRole('group', { name: 'Help with' });
  await helpWith.getByRole('checkbox', { name: /^Research/ }).check();
  const research = count((m) => has(m.helpAreas, 'research'));
  await expect(status).toHaveText(`${research} mentors of ${mentors.length} match`);

  await helpWith.getByRole('checkbox', { name: /^Wellbeing/ }).check();
  const either = count((m) => has(m.helpAreas, 'research') || has(m.helpAreas, 'wellbeing'));
  expect(either).toBeGreaterThan(research);
  await expect(status).toHaveText(`${either} mentors of ${mentors.length} match`);
  await expect(page.locator('.filters summary')).toHaveText('Filters (2 active)');

  await page
    .getByRole('group', { name: 'Format' })
    .getByRole('checkbox', { name: /^Virtual/ })
    .check();
  const narrowed = count(
    (m) =>
      (has(m.helpAreas, 'research') || has(m.helpAreas, 'wellbeing')) && has(m.formats, 'virtual'),
  );
  expect(narrowed).toBeLessThan(either);
  expect(narrowed).toBeGreaterThan(0);
  await expect(status).toHaveText(
    `${narrowed} mentor${narrowed === 1 ? '' : 's'} of ${mentors.length} match`,
  );
  await expect(page.getByRole('list', { name: 'All mentors' }).getByRole('listitem')).toHaveCount(
    narrowed,
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText(`${mentors.length} mentors in the directory`);
});

test('completing the needs assessment changes the suggestions', async ({ page }) => {
  await page.goto('mentors/');
  const suggestions = page.getByRole('region', { name: 'Suggested for you' });
  await expect(suggestions).toContainText('Take “What do I need from a mentor?”');
  await expect(suggestions.getByRole('list', { name: 'Suggested mentors' })).toHaveCount(0);

  // Steps: guidance, knowledge, belonging, direction, networking; the fourth statement of each
  // is reversed. Belonging and guidance are strong needs, networking and direction some need,
  // knowledge is met for now and never a need.
  await page.goto('assessments/mentoring-needs/');
  await completeNeeds(page, (step) => [3, 0, 4, 1, 2][step] ?? 0);
  await page.goto('mentors/');
  await expect(suggestions).toContainText(
    'Your needs: Belonging and community (a strong need), Guidance and support (a strong need), Networking (some need) and Purpose and direction (some need).',
  );
  await expect(suggestions).not.toContainText('Knowledge and experience');
  const list = suggestions.getByRole('list', { name: 'Suggested mentors' });
  await expect(list.getByRole('listitem').first()).toContainText(
    /Matches your needs: Belonging and community \(a strong need\)/,
  );
  const first = await list.getByRole('heading').allTextContents();

  // Retake it with networking, then direction on top: different reasons, different people.
  await page.goto('assessments/mentoring-needs/');
  await completeNeeds(page, (step) => step);
  await page.goto('mentors/');
  await expect(suggestions).toContainText(
    'Your needs: Networking (a strong need), Purpose and direction (a strong need), Belonging and community (some need) and Knowledge and experience (some need).',
  );
  await expect(list).toContainText('Matches your needs: Networking (a strong need)');
  expect(await list.getByRole('heading').allTextContents()).not.toEqual(first);

  // Interests add to the match and are remembered.
  await page.getByLabel('My interests (separate with commas)').fill('global health');
  await page.getByRole('button', { name: 'Update suggestions' }).click();
  await expect(list).toContainText('your interest: global health.');
  await expect(
    page.getByRole('status').filter({ hasText: 'Your interests are saved.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('My interests (separate with commas)')).toHaveValue('global health');
  await expectAccessible(page);
});

test('without JavaScript the directory is the full list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('mentors/');
  await expect(page.locator('.mentor-list li')).toHaveCount(mentors.length);
  await expect(page.getByLabel('Search mentors')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Suggested for you' })).toBeHidden();
  await context.close();
});

test('nothing moves when the directory starts (no layout shift)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('mentors/');
  await expect(page.getByLabel('Search mentors')).toBeEnabled();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});
