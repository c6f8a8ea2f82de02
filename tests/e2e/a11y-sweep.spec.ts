/**
 * axe-core on every page of the other builds (the example school configuration and the
 * /medmentor/ sub-path build), in one test per build: light and dark from the toggle with the
 * facilitator view on, and dark from the system setting with nothing stored (as a phone set to
 * dark shows it) at 375 px. The root build has one test per page in a11y.spec.ts.
 */
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';
import { presetPrefs } from './support/storage';

test('every page passes axe in both themes @sweep', async ({ page, context }, testInfo) => {
  test.setTimeout(600_000);
  const { outDir } = buildOf(testInfo);
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await presetPrefs(page, { theme, facilitator: true });
    for (const path of pagePaths(outDir)) {
      await page.goto(`.${path}`);
      for (const v of await axeViolations(page)) problems.push(`${theme} ${path}: ${v}`);
    }
  }
  // A page of its own, with nothing stored: the preset above would be stored again on each load.
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 375, height: 667 });
  await phone.emulateMedia({ colorScheme: 'dark' });
  await phone.goto('./');
  await phone.evaluate(() => localStorage.removeItem('medmentor:prefs'));
  for (const path of pagePaths(outDir)) {
    await phone.goto(`.${path}`);
    await expect(phone.locator('html')).not.toHaveAttribute('data-theme');
    for (const v of await axeViolations(phone)) problems.push(`system dark 375 ${path}: ${v}`);
  }
  expect(problems).toEqual([]);
});
