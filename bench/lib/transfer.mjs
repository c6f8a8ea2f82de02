// @ts-check
/**
 * First-visit transfer of a page, measured in the system Chromium with Playwright: a fresh
 * browser context (empty cache, no service worker), load, wait for network idle, then the gzip
 * size of every response body (zlib, default level, as the repo's budget tests do), by type.
 * The server sends files uncompressed; gzip sizes are what a gzipping host such as GitHub Pages
 * transfers.
 *
 * Also measured: the JavaScript run before any interaction (script responses loaded by network
 * idle, and inline scripts in the HTML), the CDP Performance metric ScriptDuration (script
 * evaluation time of the page, unthrottled desktop Chromium), and what the service worker
 * downloads in the background after load (its precache), kept apart from the page's own bytes.
 */
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'images' | 'other'} Kind */

/**
 * @typedef {object} Transfer
 * @property {Record<Kind, number>} gzip gzip bytes by kind (the page's own requests)
 * @property {Record<Kind, number>} raw uncompressed bytes by kind
 * @property {number} totalGzip
 * @property {number} requests
 * @property {{ url: string; kind: Kind; raw: number; gzip: number }[]} resources
 * @property {{ files: number; gzip: number; raw: number; gzipWithInline: number }} jsBeforeInteraction
 * @property {{ count: number; raw: number; gzip: number }} inlineScripts
 * @property {{ scriptDurationMs: number | null; taskDurationMs: number | null; jsHeapUsedKB: number | null }} cdp
 * @property {{ requests: number; gzip: number; raw: number }} serviceWorker background downloads
 * @property {number} loadMs navigation until network idle
 */

/**
 * @param {string} resourceType
 * @param {string} contentType
 * @returns {Kind}
 */
function kindOf(resourceType, contentType) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  return 'other';
}

const emptyKinds = () => ({ html: 0, css: 0, js: 0, images: 0, other: 0 });

/** Launches the system Chromium. @param {string} executablePath */
export function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/**
 * Measures one first visit.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<Transfer>}
 */
export async function measureTransfer(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ url: string; kind: Kind; raw: number; gzip: number; sw: boolean } | null>[]} */
  const pending = [];
  let lastServiceWorkerResponse = 0;
  context.on('response', (response) => {
    const request = response.request();
    const sw = request.serviceWorker() !== null;
    if (sw) lastServiceWorkerResponse = Date.now();
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind: kindOf(request.resourceType(), response.headers()['content-type'] ?? ''),
          raw: body.length,
          gzip: gzipSync(body).length,
          sw,
        }))
        // A redirect has no body; nothing to count.
        .catch(() => null),
    );
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  await page.goto(url, { waitUntil: 'networkidle' });
  const loadMs = Date.now() - started;
  const metrics = await cdp.send('Performance.getMetrics');
  /** @param {string} name */
  const metric = (name) => metrics.metrics.find((m) => m.name === name)?.value ?? null;
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  );
  // The service worker installs after load and precaches the site: wait for it, apart.
  await page
    .evaluate(
      () =>
        new Promise((resolve) => {
          if (!('serviceWorker' in navigator)) return resolve(false);
          const timer = setTimeout(() => resolve(false), 10_000);
          navigator.serviceWorker.getRegistration().then((registration) => {
            if (!registration) {
              clearTimeout(timer);
              return resolve(false);
            }
            navigator.serviceWorker.ready.then(() => {
              clearTimeout(timer);
              resolve(true);
            });
          });
        }),
    )
    .catch(() => false);
  const quietSince = Date.now();
  while (Date.now() - Math.max(lastServiceWorkerResponse, quietSince) < 1000) {
    await page.waitForTimeout(200);
  }
  const all = (await Promise.all(pending)).filter((r) => r !== null);
  await context.close();

  const own = all.filter((r) => !r.sw);
  const sw = all.filter((r) => r.sw);
  const gzip = emptyKinds();
  const raw = emptyKinds();
  for (const r of own) {
    gzip[r.kind] += r.gzip;
    raw[r.kind] += r.raw;
  }
  const scripts = own.filter((r) => r.kind === 'js');
  const inlineGzip = inline.reduce((sum, s) => sum + gzipSync(s).length, 0);
  const inlineRaw = inline.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  const jsGzip = scripts.reduce((sum, r) => sum + r.gzip, 0);
  return {
    gzip,
    raw,
    totalGzip: Object.values(gzip).reduce((a, b) => a + b, 0),
    requests: own.length,
    resources: own.map(({ url: u, kind, raw: r, gzip: g }) => ({
      url: new URL(u).pathname,
      kind,
      raw: r,
      gzip: g,
    })),
    jsBeforeInteraction: {
      files: scripts.length,
      gzip: jsGzip,
      raw: scripts.reduce((sum, r) => sum + r.raw, 0),
      gzipWithInline: jsGzip + inlineGzip,
    },
    inlineScripts: { count: inline.length, raw: inlineRaw, gzip: inlineGzip },
    cdp: {
      scriptDurationMs: ms(metric('ScriptDuration')),
      taskDurationMs: ms(metric('TaskDuration')),
      jsHeapUsedKB: kb(metric('JSHeapUsedSize')),
    },
    serviceWorker: {
      requests: sw.length,
      gzip: sw.reduce((sum, r) => sum + r.gzip, 0),
      raw: sw.reduce((sum, r) => sum + r.raw, 0),
    },
    loadMs,
  };
}

/** @param {number | null} seconds */
const ms = (seconds) => (seconds === null ? null : Math.round(seconds * 10_000) / 10);
/** @param {number | null} bytes */
const kb = (bytes) => (bytes === null ? null : Math.round(bytes / 1024));
