// @ts-check
/**
 * How fast the mentor directory answers with the CPU slowed four times (a mid-range phone),
 * measured as tests/e2e/directory-scale.spec.ts does: in the page, from the input event (a box
 * ticked, a key typed) to the moment the announced count (`.result-count`) changes, watched with
 * a MutationObserver, so Playwright's own overhead is not counted.
 *
 * One fresh browser context with service workers blocked (the worker's background precache would
 * compete for the slowed CPU). Open the directory and wait for the island (the search box
 * enabled); open Filters, which fetches the index, and wait for its boxes to be enabled; then
 * - tick "Research" under "Help with", untick it, `tries` times;
 * - type one letter into the empty search box, clear it, `tries` times. The first keystroke on
 *   the page is reported apart: the search is built when the box is first focused, and
 *   Playwright types right after focusing, so that keystroke also waits for the build.
 */

/**
 * @typedef {object} Timed
 * @property {number[]} ms every try, in order
 * @property {number} bestMs
 * @property {number} medianMs
 * @property {string} count the count the page announced
 */

/**
 * @typedef {object} DirectoryTiming
 * @property {number} cpuThrottling the CDP CPU throttling rate
 * @property {number} tries
 * @property {string} everyone the count with nothing searched or filtered
 * @property {number} hydratedMs from navigation start to the search box enabled (the island runs)
 * @property {number} indexMs from opening Filters to its boxes enabled (the index fetched, checked, drawn)
 * @property {Timed & { filter: string }} filter ticking one filter box, nothing else chosen
 * @property {Timed & { query: string; firstMs: number; firstCount: string }} search one letter in the empty search box; `firstMs` is the first keystroke on the page
 */

const COUNT = '.result-count';

/** The median of `list` (NaN for none). @param {number[]} list */
export function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/** @param {number[]} ms @param {string} count @returns {Timed} */
const timed = (ms, count) => ({ ms, bestMs: Math.min(...ms), medianMs: median(ms), count });

/**
 * Waits until the count reads `text` exactly.
 * @param {import('@playwright/test').Page} page
 * @param {string} text
 */
async function countReads(page, text) {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent?.trim() === expected,
    /** @type {const} */ ([COUNT, text]),
    { timeout: 30_000 },
  );
}

/**
 * Milliseconds from the next `input` event in the page to the first change of the count's text,
 * measured in the page while `act` runs, and the new text.
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<void>} act
 * @returns {Promise<{ ms: number; text: string }>}
 */
async function timeCountChange(page, act) {
  await page.evaluate(([selector, timeoutMs]) => {
    const w = /** @type {{ countChange?: Promise<{ ms: number; text: string } | null> }} */ (
      /** @type {unknown} */ (window)
    );
    const before = document.querySelector(selector)?.textContent?.trim() ?? '';
    w.countChange = new Promise((resolve) => {
      let begun = 0;
      const begin = () => (begun = performance.now());
      document.addEventListener('input', begin, { capture: true, once: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        const text = document.querySelector(selector)?.textContent?.trim() ?? '';
        if (begun && text !== before) {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms: performance.now() - begun, text });
        }
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    });
  }, /** @type {const} */ ([COUNT, 30_000]));
  await act();
  const result = await page.evaluate(
    () =>
      /** @type {{ countChange?: Promise<{ ms: number; text: string } | null> }} */ (
        /** @type {unknown} */ (window)
      ).countChange,
  );
  if (!result) throw new Error('the count did not change within 30 s of the input');
  return result;
}

/**
 * Times the directory at `url` (its /mentors/ page).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ mentors: number; tries?: number; rate?: number; query?: string }} options `mentors`:
 *   how many the index holds (the count to expect); `query`: the letter typed (it must match some
 *   mentors but not all)
 * @returns {Promise<DirectoryTiming>}
 */
export async function timeDirectory(browser, url, { mentors, tries = 5, rate = 4, query = 'm' }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    // Again, in case the navigation to another process dropped it.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const box = page.getByLabel('Search mentors');
    const hydrated = await page.waitForFunction(
      () => {
        const input = document.querySelector('#mentor-query');
        return input instanceof HTMLInputElement && !input.disabled
          ? { ms: performance.now() }
          : null;
      },
      undefined,
      { timeout: 60_000 },
    );
    const hydratedMs = (await hydrated.jsonValue())?.ms ?? NaN;

    const everyone = `${mentors.toLocaleString('en-US')} mentors in the directory`;
    const research = page
      .getByRole('group', { name: 'Help with' })
      .getByRole('checkbox', { name: /^Research/ });
    // Opening Filters fetches the index (if the page has not yet); its boxes are enabled once
    // it has been read.
    await page.evaluate(() => {
      const w = /** @type {{ opened?: number }} */ (/** @type {unknown} */ (window));
      document.addEventListener('click', () => (w.opened = performance.now()), {
        capture: true,
        once: true,
      });
    });
    await page.getByText('Filters', { exact: true }).click();
    const loaded = await page.waitForFunction(
      () => {
        const w = /** @type {{ opened?: number }} */ (/** @type {unknown} */ (window));
        const first = [...document.querySelectorAll('fieldset')]
          .find((f) => f.querySelector('legend')?.textContent?.trim() === 'Help with')
          ?.querySelector('input[type=checkbox]');
        return first instanceof HTMLInputElement && !first.disabled && w.opened !== undefined
          ? { ms: performance.now() - w.opened }
          : null;
      },
      undefined,
      { timeout: 60_000 },
    );
    const indexMs = (await loaded.jsonValue())?.ms ?? NaN;
    await countReads(page, everyone);

    /** @type {number[]} */
    const filterMs = [];
    let filterCount = '';
    for (let i = 0; i < tries; i++) {
      const { ms, text } = await timeCountChange(page, () => research.check());
      filterMs.push(ms);
      filterCount = text;
      await research.uncheck();
      await countReads(page, everyone);
    }

    const first = await timeCountChange(page, () => box.press(query));
    /** @type {number[]} */
    const searchMs = [];
    let searchCount = first.text;
    for (let i = 0; i < tries; i++) {
      await box.fill('');
      await countReads(page, everyone);
      const { ms, text } = await timeCountChange(page, () => box.press(query));
      searchMs.push(ms);
      searchCount = text;
    }

    return {
      cpuThrottling: rate,
      tries,
      everyone,
      hydratedMs,
      indexMs,
      filter: { ...timed(filterMs, filterCount), filter: 'Help with › Research' },
      search: {
        ...timed(searchMs, searchCount),
        query,
        firstMs: first.ms,
        firstCount: first.text,
      },
    };
  } finally {
    await context.close();
  }
}
