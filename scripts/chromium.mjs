// @ts-check
/**
 * Which Chromium the e2e tests, the screenshots and the benchmark launch, and the flags they all
 * use: no sandbox for root in containers, and nothing that would make a request to another site.
 *
 * The browser: CHROMIUM_PATH when set; else a system Chromium (Debian's, as CI installs it);
 * else Playwright's own Chromium, which a newcomer on macOS or Windows installs once with
 * `npx playwright install chromium`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The executable to pass to Playwright: undefined means Playwright's own Chromium. */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((path) => existsSync(path)) || undefined;

/** A path for tools that need one (Lighthouse's chrome-launcher): the same browser. */
export const CHROMIUM_EXECUTABLE = CHROMIUM_PATH ?? chromium.executablePath();

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright's launch options for that browser (the executable is left out when it is
 * Playwright's own, since `executablePath: undefined` is not an allowed value).
 * @type {import('@playwright/test').LaunchOptions}
 */
export const CHROMIUM_LAUNCH = {
  args: CHROMIUM_FLAGS,
  ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
};
