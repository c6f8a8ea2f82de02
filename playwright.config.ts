import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium.mjs';

/**
 * e2e tests run against production builds (made by `npm run test:e2e` before Playwright starts) served by `astro preview`:
 * - "root": the site at `/` (dist/), every spec;
 * - "subpath": the site built with BASE_PATH=/medmentor/ (dist-medmentor/), the specs tagged
 *   @subpath (link crawl, offline, search and the like), proving the site works as a GitHub Pages
 *   project site;
 * - "school": the site built with examples/school.config.ts (dist-school/): own colors, CanMEDS,
 *   directory and network off, one track hidden; the specs tagged @school (link crawl), @sweep
 *   (axe on every page) and @config (only there: navigation, branding).
 * Chromium comes from scripts/chromium.mjs: CHROMIUM_PATH, else a system Chromium (CI installs
 * Debian's: Playwright's own download is not available everywhere), else Playwright's own
 * (`npx playwright install chromium`, for macOS and Windows).
 */

export const builds = {
  root: { port: 4321, base: '/', outDir: 'dist' },
  subpath: { port: 4322, base: '/medmentor/', outDir: 'dist-medmentor' },
  school: { port: 4323, base: '/', outDir: 'dist-school' },
} as const;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'off',
    // Without this, every test's fresh browser context would install the service worker and
    // download the whole precache (2 to 3 MB) while the test runs. offline.spec.ts and
    // update.spec.ts, which test the service worker, allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      grepInvert: /@config|@sweep/,
      use: { baseURL: `http://127.0.0.1:${builds.root.port}${builds.root.base}` },
      metadata: builds.root,
    },
    {
      name: 'subpath',
      grep: /@subpath/,
      use: { baseURL: `http://127.0.0.1:${builds.subpath.port}${builds.subpath.base}` },
      metadata: builds.subpath,
    },
    {
      name: 'school',
      grep: /@school|@config|@sweep/,
      use: { baseURL: `http://127.0.0.1:${builds.school.port}${builds.school.base}` },
      metadata: builds.school,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${builds.root.port}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${builds.root.port}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // astro preview allows one server per project: a GitHub Pages stand-in serves this build.
      command: `node scripts/serve-pages.mjs --dir ${builds.subpath.outDir} --base ${builds.subpath.base} --port ${builds.subpath.port}`,
      url: `http://127.0.0.1:${builds.subpath.port}${builds.subpath.base}`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node scripts/serve-pages.mjs --dir ${builds.school.outDir} --base ${builds.school.base} --port ${builds.school.port}`,
      url: `http://127.0.0.1:${builds.school.port}${builds.school.base}`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
