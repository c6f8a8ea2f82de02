/**
 * axe-core on every built page, in the light and the dark theme, with the facilitator view on
 * so that workshop notes are checked too. WCAG 2.0, 2.1 and 2.2 A and AA rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';
import { builds } from '../../playwright.config';

const pages = pagePaths(builds.root.outDir);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of pages) {
      test(`axe: ${path}`, async ({ page }, testInfo) => {
        expect(buildOf(testInfo).base).toBe('/');
        await page.addInitScript(
          ([value]) =>
            localStorage.setItem(
              'medmentor:prefs',
              JSON.stringify({ version: 1, theme: value, facilitator: true }),
            ),
          [theme],
        );
        await page.goto(`.${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('the sweep covers every page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((p) => p.startsWith('/guides/')).length).toBeGreaterThan(3);
});
