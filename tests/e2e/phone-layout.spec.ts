/**
 * A student on a phone (375 x 667): the first statement of every instrument is on the first
 * screen without scrolling, answers are large segmented choices, the results lead with the band
 * summary (the table opens on demand, as stacked rows), the directory's first mentor card is
 * within a screen and a half, and one instrument by keyboard alone, down to a one-tap retake.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { completeNeeds } from './support/needs';

const screen = { width: 375, height: 667 };
test.use({ viewport: screen, isMobile: true, hasTouch: true });

/** The box of `locator`, checked to lie wholly inside the first screen of an unscrolled page. */
async function onFirstScreen(page: Page, locator: Locator, what: string) {
  expect(await page.evaluate(() => window.scrollY), `${what}: the page has not scrolled`).toBe(0);
  const box = await locator.boundingBox();
  expect(box, `${what}: on the page`).not.toBeNull();
  const { x, y, width, height } = box ?? { x: 0, y: 0, width: 0, height: 0 };
  expect(x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${what}: right edge`).toBeLessThanOrEqual(screen.width);
  expect(y + height, `${what}: bottom edge`).toBeLessThanOrEqual(screen.height);
  return { x, y, width, height };
}

/** Every instrument the built site lists, as runner paths (read from the page, not counted here). */
async function instruments(page: Page) {
  await page.goto('assessments/');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const paths = await links.evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path).toMatch(/\/assessments\/[^/]+\/$/);
  return paths.map((p) => `.${p}`);
}

test('every instrument: the first statement is on the first screen, without scrolling', async ({
  page,
}) => {
  test.slow();
  for (const path of await instruments(page)) {
    // Each as a first visit: the draft the last one left would add the backup reminder above
    // Start, and whether that shows before or after the tap made this test pass or fail.
    await page.evaluate(() => localStorage.clear());
    await page.goto(path);
    // Tapped where it is, without the scrolling Playwright does to reach a button: what is
    // checked is where the first statement lands on an unscrolled screen.
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeEnabled();
    await start.dispatchEvent('click');
    await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
    const first = page.locator('fieldset.item').first();
    await onFirstScreen(page, first.locator('legend'), `${path} first statement`);
    await onFirstScreen(page, first, `${path} first statement with its choices`);
    // Each statement far shorter than the ~400 px it took as a list of radios.
    for (const box of await page
      .locator('fieldset.item')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
      expect(box, `${path}: a statement's height`).toBeLessThanOrEqual(260);
    }
    // Segmented choices: every one a 44 px target, none wider than the screen.
    const choices = await first
      .locator('label.option')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(choices.length).toBeGreaterThanOrEqual(5);
    for (const c of choices) {
      expect(c.height).toBeGreaterThanOrEqual(44);
      expect(c.right).toBeLessThanOrEqual(screen.width);
    }
    // The scale sits in one row (the first five choices share a top edge).
    expect(new Set(choices.slice(0, 5).map((c) => Math.round(c.top))).size).toBe(1);
    // A choice shows as chosen by more than color: bold text and a thicker border.
    const option = first.locator('label.option').nth(3);
    await option.click();
    await expect(first.getByRole('radio').nth(3)).toBeChecked();
    await expect(option).toHaveCSS('font-weight', '700');
    await expect(option).toHaveCSS('border-top-width', '3px');
    // Coming back to a step in progress: the same first screen.
    await page.reload();
    await expect(first.getByRole('radio').nth(3)).toBeChecked();
    await onFirstScreen(page, first, `${path} resumed`);
  }
});

test('results lead with the band summary; the table opens on demand as stacked rows', async ({
  page,
}) => {
  await page.goto('assessments/mentoring-needs/');
  await completeNeeds(page, (step) => step);
  await expect(page).toHaveURL(/\/results\/$/);
  const bands = page.locator('.results section.end');
  await expect(bands.first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await onFirstScreen(page, bands.first().getByRole('heading'), 'the first band');
  await onFirstScreen(page, bands.first().getByRole('listitem').first(), 'its first area');
  // What an area means opens on demand, and always prints.
  const area = bands.first().getByRole('listitem').first();
  const meaning = (await area.locator('details').evaluate((d) => d.lastChild?.textContent ?? ''))
    .trim()
    .slice(0, 40);
  expect(meaning.length).toBeGreaterThan(10);
  await expect(area.getByText(meaning)).toBeHidden();
  await area.locator('summary').click();
  await expect(area.getByText(meaning)).toBeVisible();
  await area.locator('summary').click();

  // One chart; the same numbers in the table only when asked for.
  await expect(page.locator('.results svg.chart')).toHaveCount(1);
  const table = page.getByRole('table', { name: /^Your scores/ });
  await expect(table).toBeHidden();
  await page.getByText('Scores as a table', { exact: true }).click();
  await expect(table).toBeVisible();
  // Below 480 px each row is a block: the area, then each value under its heading's words.
  const row = table.locator('tbody tr').first();
  await expect(row).toHaveCSS('display', 'block');
  const label = await row
    .locator('td')
    .first()
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toBe('"Score (0 to 100)"');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    screen.width,
  );

  await page.emulateMedia({ media: 'print' });
  await expect(area.getByText(meaning)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('the directory: the first mentor card within a screen and a half, the count in view', async ({
  page,
}) => {
  await page.goto('mentors/');
  const list = page.getByRole('list', { name: 'All mentors' });
  const card = list.getByRole('article').first();
  await expect(card).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await card.getByRole('heading').boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(screen.height * 1.5);
  const count = await page.locator('.result-count').boundingBox();
  expect((count?.y ?? Infinity) + (count?.height ?? 0)).toBeLessThanOrEqual(screen.height * 1.5);
  // Filters are one compact toggle that says how many are active.
  const toggle = page.locator('.filters summary');
  await expect(toggle).toHaveText('Filters');
  await toggle.click();
  await page
    .getByRole('group', { name: 'Help with' })
    .getByRole('checkbox', { name: /^Research/ })
    .check();
  await expect(toggle).toHaveText('Filters (1 active)');
  await toggle.click();
  await expect(page.getByRole('group', { name: 'Help with' })).toBeHidden();
  // Closed, the active filters still show next to the count, with a way to clear them.
  await expect(page.locator('.active-filters')).toContainText('Research');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(toggle).toHaveText('Filters');
});

test('keyboard only: one instrument answered with arrow keys and Space, then retaken in one activation', async ({
  page,
}) => {
  test.slow();
  await page.goto('assessments/mentor-self-assessment/');
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  const total = Number(
    (await page.getByText(/^Step 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1],
  );
  expect(total).toBeGreaterThan(1);
  for (let step = 0; step < total; step++) {
    await expect(page.getByText(`Step ${step + 1} of ${total}`)).toBeVisible();
    await expect(page.locator('.step-title')).toBeFocused();
    const groups = page.locator('fieldset.item');
    const n = await groups.count();
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Tab');
      const radios = groups.nth(i).getByRole('radio');
      await expect(radios.first()).toBeFocused();
      // The focus ring goes round the whole choice.
      await expect(radios.first().locator('..')).toHaveCSS('outline-style', 'solid');
      const pick = (step + i) % 5;
      if (pick === 0) await page.keyboard.press('Space');
      for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowRight');
      await expect(radios.nth(pick)).toBeChecked();
    }
    const next = page.getByRole('button', {
      name: step === total - 1 ? 'See my results' : 'Next',
    });
    await tabTo(page, next, { max: 10 });
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/results\/$/);
  await expect(page.locator('.results section.end').first()).toBeVisible();

  const again = page.getByRole('link', { name: 'Take it again' });
  await tabTo(page, again);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Step 1 of ${total}`)).toBeVisible();
  await expect(page.locator('.step-title')).toBeFocused();
  await expect(page.locator('fieldset.item').first().getByRole('radio')).toHaveCount(6);
  for (const radio of await page.locator('fieldset.item').first().getByRole('radio').all()) {
    await expect(radio).not.toBeChecked();
  }
  // The earlier attempt is history, not lost.
  await page.goto('assessments/mentor-self-assessment/results/');
  await expect(page.locator('.results section.end').first()).toBeVisible();
});
