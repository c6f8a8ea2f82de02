// @ts-check
/**
 * Takes the README's screenshots from the production build: the home page and a guide on a
 * phone (375 x 667), plus a desktop view. Run `npm run build` first, then `npm run screenshots`.
 */
import { CHROMIUM_LAUNCH } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4399;
const server = spawn(
  process.execPath,
  ['scripts/serve-pages.mjs', '--dir', 'dist', '--base', '/', '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const shots = [
  { path: '/', file: 'home-phone.png', viewport: { width: 375, height: 667 }, full: false },
  {
    path: '/guides/mentees/why-mentorship-matters/',
    file: 'guide-phone.png',
    viewport: { width: 375, height: 667 },
    full: false,
  },
  { path: '/', file: 'home-desktop.png', viewport: { width: 1280, height: 800 }, full: false },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: 2,
      colorScheme: 'light',
    });
    await page.goto(`http://127.0.0.1:${port}${shot.path}`);
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: shot.full });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  server.kill();
}
