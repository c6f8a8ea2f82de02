/**
 * axe-core on every page of the example school's build (examples/school.config.ts: its own
 * colors, CanMEDS, the directory and network off, one track hidden), one test per page: light
 * from the toggle at a desktop width with the facilitator view on, and dark from the system
 * setting with nothing stored, at 375 px, as a phone set to dark shows it. The root build has
 * every state of every page in a11y.spec.ts; the /medmentor/ build has the same markup as the
 * root build but for its URLs, which links.spec.ts and offline.spec.ts check there.
 */
import { existsSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { pagePaths } from './support/site';
import { builds } from '../../playwright.config';

// Listed when the school build exists (runs of the root project alone do not build it); the
// last test fails if the sweep has nothing to check where it runs.
const schoolPages = existsSync(builds.school.outDir) ? pagePaths(builds.school.outDir) : [];

for (const path of schoolPages) {
  test(`school build, both themes: ${path} @sweep`, async ({ page }) => {
    const problems: string[] = [];
    await page.goto(`.${path}`);
    await page.evaluate(() =>
      localStorage.setItem('medmentor:prefs', '{"version":1,"theme":"light","facilitator":true}'),
    );
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    for (const v of await axeViolations(page)) problems.push(`light: ${v}`);

    // The same page as a phone set to dark shows it, with nothing stored.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.removeItem('medmentor:prefs'));
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    for (const v of await axeViolations(page)) problems.push(`system dark 375: ${v}`);
    expect(problems, path).toEqual([]);
  });
}

test('the school sweep covers the school build @sweep', () => {
  expect(schoolPages).toContain('/');
  expect(schoolPages).toContain('/404.html');
  expect(schoolPages.filter((p) => p.startsWith('/guides/')).length).toBeGreaterThan(3);
});
