/**
 * No page is wider than a 320 px phone: every built page empty, and every tool page filled with
 * what people paste (a 200-character word, a long link, a long name, in every kind of field) and
 * in each of its error states. A failure names the elements that stick out, innermost first, so
 * the cause can be found.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pagePaths } from './support/site';
import { showState, toolPages, type State } from './support/states';
import { builds } from '../../playwright.config';

const WIDTH = 320;

test.use({ viewport: { width: WIDTH, height: 640 } });

/** The page's scroll width, and the innermost elements whose right edge is past the viewport. */
async function overflow(page: Page): Promise<{ width: number; widest: string[] }> {
  return page.evaluate((limit) => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const right = Math.round(el.getBoundingClientRect().right);
      return `${el.tagName.toLowerCase()}${id}${classes} (right edge ${right} px${text ? `, "${text}"` : ''})`;
    };
    /** Whether an ancestor clips or scrolls `el` sideways (then it cannot widen the page). */
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > limit + 0.5 && !clipped(el);
    });
    // Innermost: those with nothing inside that sticks out too, widest first.
    const innermost = sticking
      .filter((el) => !sticking.some((other) => other !== el && el.contains(other)))
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    return {
      width: document.documentElement.scrollWidth,
      widest: innermost.slice(0, 5).map(describe),
    };
  }, WIDTH);
}

async function expectFits(page: Page, where: string) {
  const { width, widest } = await overflow(page);
  expect(
    width,
    `${where} is ${width} px wide at ${WIDTH} px; sticking out: ${widest.join('; ')}`,
  ).toBeLessThanOrEqual(WIDTH);
}

for (const path of pagePaths(builds.root.outDir)) {
  test(`${WIDTH} px, empty: ${path}`, async ({ page }) => {
    await showState(page, path, 'empty');
    await expectFits(page, `${path} (empty)`);
  });
}

for (const tool of toolPages) {
  const states: State[] = ['filled', ...tool.errors];
  test(`${WIDTH} px, filled and in error: ${tool.path}`, async ({ page }) => {
    test.setTimeout(40_000 * states.length);
    const problems: string[] = [];
    for (const state of states) {
      await showState(page, tool.path, state);
      const { width, widest } = await overflow(page);
      if (width > WIDTH)
        problems.push(`${state}: ${width} px wide; sticking out: ${widest.join('; ')}`);
    }
    expect(problems, `${tool.path} at ${WIDTH} px`).toEqual([]);
  });
}
