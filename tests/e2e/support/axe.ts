/** axe-core with the rules every accessibility check here runs: WCAG 2.0, 2.1 and 2.2, A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations on the page (or inside the `include` selector), one line each. Legacy mode runs
 * axe in the page itself instead of finishing each run in a new blank page, which halves the time
 * of every check; it only skips cross-origin frames, and the site has no frames.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}

/** Fails the test, naming every violation, unless axe finds none; `where` names the state checked. */
export async function expectAccessible(page: Page, where = page.url(), include?: string) {
  expect(await axeViolations(page, include), `axe: ${where}`).toEqual([]);
}
