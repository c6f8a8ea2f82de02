/**
 * axe-core on every page of the other builds (the example school configuration and the
 * /medmentor/ sub-path build), light and dark, facilitator view on, in one test per build. The
 * root build has one test per page in a11y.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('every page passes axe in both themes @sweep', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const { outDir } = buildOf(testInfo);
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript(
      ([value]) =>
        localStorage.setItem(
          'medmentor:prefs',
          JSON.stringify({ version: 1, theme: value, facilitator: true }),
        ),
      [theme],
    );
    for (const path of pagePaths(outDir)) {
      await page.goto(`.${path}`);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of results.violations) problems.push(`${theme} ${path}: ${v.id} ${v.help}`);
    }
  }
  expect(problems).toEqual([]);
});
