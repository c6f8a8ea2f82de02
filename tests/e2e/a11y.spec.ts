/**
 * axe-core, WCAG 2.0, 2.1 and 2.2 A and AA rules, zero violations:
 * - at a desktop width, every built page in the light theme, with the facilitator view on so that
 *   workshop notes are checked too (the dark theme is checked at 375 px below, where the toggle
 *   setting also has the facilitator view on: the colors are the same at every width);
 * - at 375 x 667, as a phone shows it, every built page empty, and every tool page filled (months
 *   of use, with pasted long words, links and names) and in each of its error states, each in
 *   three settings: light, dark from the system setting (no stored preference, as a phone set to
 *   dark shows it) and dark from the in-page toggle (stored, on a light system). Guide pages
 *   skip the light theme at 375 px: their content is the same as at the desktop width above.
 */
import { expectAccessible, axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths } from './support/site';
import { showState, themes, toolPages, type State } from './support/states';
import { presetPrefs } from './support/storage';
import { builds } from '../../playwright.config';

const pages = pagePaths(builds.root.outDir);

test.describe('light theme', () => {
  for (const path of pages) {
    test(`axe: ${path}`, async ({ page }, testInfo) => {
      expect(buildOf(testInfo).base).toBe('/');
      await presetPrefs(page, { theme: 'light', facilitator: true });
      await page.goto(`.${path}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await expectAccessible(page, `light ${path}`);
    });
  }
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  /** Checks `path` in each state and theme on one page, naming every violation at the end. */
  const sweep = (path: string, states: readonly State[], only = themes) =>
    test(`axe 375 ${states.length > 1 ? 'errors' : states[0]}: ${path}`, async ({ page }) => {
      test.setTimeout(60_000 * states.length * only.length);
      const problems: string[] = [];
      for (const state of states) {
        for (const theme of only) {
          await showState(page, path, state, theme);
          for (const v of await axeViolations(page)) problems.push(`${state} ${theme}: ${v}`);
        }
      }
      expect(problems, `axe at 375 px: ${path}`).toEqual([]);
    });

  for (const path of pages) {
    sweep(path, ['empty'], path.startsWith('/guides/') ? themes.slice(1) : themes);
  }
  for (const tool of toolPages) {
    sweep(tool.path, ['filled']);
    sweep(tool.path, tool.errors);
  }
});

test('the sweep covers every page, and every tool page filled and in error', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages.filter((p) => p.startsWith('/guides/')).length).toBeGreaterThan(3);
  for (const tool of toolPages) expect(pages).toContain(tool.path);
  for (const path of pages.filter((p) => /^\/(plan|network|mentors)\/|results\/$/.test(p))) {
    if (path.startsWith('/mentors/') && path !== '/mentors/') continue;
    expect(toolPages.map((t) => t.path)).toContain(path);
  }
});
