/**
 * axe-core on every built page, in the light and the dark theme, with the facilitator view on
 * so that workshop notes are checked too. WCAG 2.0, 2.1 and 2.2 A and AA rules.
 */
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';
import { presetPrefs } from './support/storage';
import { builds } from '../../playwright.config';

const pages = pagePaths(builds.root.outDir);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of pages) {
      test(`axe: ${path}`, async ({ page }, testInfo) => {
        expect(buildOf(testInfo).base).toBe('/');
        await presetPrefs(page, { theme, facilitator: true });
        await page.goto(`.${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectAccessible(page, `${theme} ${path}`);
      });
    }
  });
}

test('the sweep covers every page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((p) => p.startsWith('/guides/')).length).toBeGreaterThan(3);
});
