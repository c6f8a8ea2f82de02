/**
 * The `test` every e2e spec uses. Around each test it records console errors, uncaught page
 * errors, dialogs (what an injected script would open) and any request to an origin other than
 * the site's own, and fails the test if there were any: the site must never talk to a third
 * party, and must never throw.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guards {
  /** Requests to other origins, and console or page errors, seen during the test. */
  problems: string[];
  /** Console errors this test expects (e.g. the 404 of a page it opens on purpose). */
  allow: RegExp[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: string[] = [];
      const allow: RegExp[] = [];
      const watch = (page: Page) => {
        page.on('console', (msg) => {
          if (msg.type() === 'error' && !allow.some((re) => re.test(msg.text()))) {
            problems.push(`console error: ${msg.text()}`);
          }
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        // A dialog nobody asked for is what an injected script would open.
        page.on('dialog', (dialog) => {
          // A test that expects a question (the "leave this page?" one, a confirm) says so in
          // `allow`, matched against "<type>: <message>".
          const expected = allow.some((re) => re.test(`${dialog.type()}: ${dialog.message()}`));
          if (!expected) {
            problems.push(`dialog opened: ${dialog.message()}`);
            void dialog.dismiss();
          }
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      await use({ problems, allow });
      expect(problems, 'no third-party requests, console errors or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
