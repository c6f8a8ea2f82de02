// @ts-check
/**
 * The system Chromium and the flags every tool here launches it with (the e2e tests, the
 * screenshots, the benchmark and Lighthouse): no sandbox for root in containers, and nothing
 * that would make a request to another site.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
