// @ts-check
/**
 * Lighthouse runs with the default config: mobile emulation (Moto G Power class screen) and
 * simulated throttling (slow 4G, 4x CPU slowdown). Each run gets a fresh Chromium from
 * chrome-launcher, so no cache, storage or service worker carries over between runs.
 */
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Flags for the system Chromium (chrome-launcher adds its own defaults). */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export const CATEGORIES = /** @type {const} */ ([
  'performance',
  'accessibility',
  'best-practices',
  'seo',
]);
export const METRICS = /** @type {const} */ ({
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bootup: 'bootup-time',
  mainThread: 'mainthread-work-breakdown',
});

/**
 * @typedef {object} Deduction an audit that scored below 1 in a run
 * @property {string} category
 * @property {string} id
 * @property {string} title
 * @property {number} score
 * @property {number} weight the audit's weight in the category (0: does not move the score)
 * @property {string} [displayValue]
 */

/**
 * @typedef {object} Run
 * @property {Record<(typeof CATEGORIES)[number], number | null>} scores 0 to 100
 * @property {Record<keyof typeof METRICS, number | null>} metrics ms (CLS unitless)
 * @property {{ url: string; total: number; scripting: number; scriptParseCompile: number }[]} bootup
 * @property {Deduction[]} deductions
 * @property {{ selector: string; label: string } | null} lcpElement
 * @property {{ url: string; wastedMs: number }[]} renderBlocking
 * @property {string[]} warnings
 * @property {string | null} runtimeError
 * @property {{ formFactor: string; throttlingMethod: string; benchmarkIndex: number | null; lighthouseVersion: string; userAgent: string }} settings
 */

/**
 * One Lighthouse run of `url`.
 * @param {string} url
 * @param {string} chromePath
 * @returns {Promise<Run>}
 */
export async function runLighthouse(url, chromePath) {
  const chrome = await launch({
    chromePath,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    /** @param {string} id */
    const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
    /** @type {Deduction[]} */
    const deductions = [];
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') {
          continue;
        }
        deductions.push({
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        });
      }
    }
    const bootupDetails = lhr.audits['bootup-time']?.details;
    const bootupItems =
      bootupDetails && bootupDetails.type === 'table'
        ? /** @type {{ url: string; total: number; scripting: number; scriptParseCompile: number }[]} */ (
            /** @type {unknown} */ (bootupDetails.items)
          )
        : [];
    const lcpDetails = lhr.audits['lcp-breakdown-insight']?.details;
    /** @type {Run['lcpElement']} */
    let lcpElement = null;
    if (lcpDetails && lcpDetails.type === 'list') {
      for (const item of lcpDetails.items) {
        if (item.type === 'node') {
          lcpElement = { selector: item.selector ?? '', label: item.nodeLabel ?? '' };
        }
      }
    }
    const blocking = lhr.audits['render-blocking-insight']?.details;
    const renderBlocking =
      blocking && blocking.type === 'table'
        ? blocking.items.map((i) => ({
            url: String(i['url'] ?? ''),
            wastedMs: Number(i['wastedMs'] ?? 0),
          }))
        : [];
    return {
      scores: /** @type {Run['scores']} */ (
        Object.fromEntries(
          CATEGORIES.map((c) => {
            const score = lhr.categories[c]?.score;
            return [c, typeof score === 'number' ? Math.round(score * 100) : null];
          }),
        )
      ),
      metrics: /** @type {Run['metrics']} */ (
        Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, numeric(id)]))
      ),
      bootup: bootupItems.map((i) => ({
        url: i.url,
        total: i.total,
        scripting: i.scripting,
        scriptParseCompile: i.scriptParseCompile,
      })),
      deductions,
      lcpElement,
      renderBlocking,
      warnings: lhr.runWarnings.map(String),
      runtimeError: lhr.runtimeError
        ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
        : null,
      settings: {
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
      },
    };
  } finally {
    chrome.kill();
  }
}

/** @param {(number | null)[]} values */
export function median(values) {
  /** @type {number[]} */
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  const lower = sorted[mid - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

/**
 * Medians over runs (per score and per metric), and every deduction seen, with how many runs.
 * @param {Run[]} runs
 */
export function summarize(runs) {
  /** @type {Map<string, Deduction & { runs: number; scores: number[] }>} */
  const seen = new Map();
  for (const run of runs) {
    for (const d of run.deductions) {
      const key = `${d.category}/${d.id}`;
      const prev = seen.get(key);
      if (prev) {
        prev.runs++;
        prev.scores.push(d.score);
      } else seen.set(key, { ...d, runs: 1, scores: [d.score] });
    }
  }
  const bootupByUrl = new Map();
  for (const run of runs) {
    for (const item of run.bootup) {
      bootupByUrl.set(item.url, [...(bootupByUrl.get(item.url) ?? []), item.total]);
    }
  }
  return {
    runs: runs.length,
    scores: /** @type {Run['scores']} */ (
      Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]))
    ),
    metrics: /** @type {Run['metrics']} */ (
      Object.fromEntries(
        Object.keys(METRICS).map((k) => [
          k,
          median(runs.map((r) => r.metrics[/** @type {keyof typeof METRICS} */ (k)])),
        ]),
      )
    ),
    bootupByScript: [...bootupByUrl].map(([url, totals]) => ({ url, totalMs: median(totals) })),
    deductions: [...seen.values()].sort(
      (a, b) => a.category.localeCompare(b.category) || b.weight - a.weight,
    ),
    lcpElements: [...new Set(runs.map((r) => r.lcpElement?.selector).filter(Boolean))],
    renderBlocking: [...new Set(runs.flatMap((r) => r.renderBlocking.map((b) => b.url)))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    runtimeErrors: runs.map((r) => r.runtimeError).filter(Boolean),
    settings: runs[0]?.settings ?? null,
  };
}
