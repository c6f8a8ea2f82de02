/**
 * axe-core on every page of the other builds (the example school configuration and the
 * /medmentor/ sub-path build), light and dark, facilitator view on, in one test per build. The
 * root build has one test per page in a11y.spec.ts.
 */
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';
import { presetPrefs } from './support/storage';

test('every page passes axe in both themes @sweep', async ({ page }, testInfo) => {
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
  expect(problems).toEqual([]);
});
