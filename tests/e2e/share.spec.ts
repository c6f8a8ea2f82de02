/** /share/: a summary from a link fragment or a file, shown as text; tampered links explained. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const xss = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(2)',
  '</script><script>alert(3)</script>',
];
const payload = {
  app: 'medmentor',
  kind: 'share',
  version: 1,
  createdAt: '2026-11-24T12:00:00.000Z',
  sections: [
    {
      title: `Goals ${xss[0]}`,
      blocks: [
        { type: 'text', text: `My first goal ${xss[2]}` },
        { type: 'list', items: xss },
        {
          type: 'table',
          caption: 'Scores',
          columns: ['Domain', 'Score'],
          rows: [
            ['Patient Care', '75'],
            [xss[0], '50'],
          ],
        },
      ],
    },
  ],
};

/** Builds a fragment the way the app does, in the browser, with CompressionStream. */
async function fragmentFor(page: Page, value: unknown): Promise<string> {
  return page.evaluate(async (json) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    bytes.forEach((b) => (binary += String.fromCharCode(b)));
    return 'v1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, JSON.stringify(value));
}

test('a shared link shows the summary, with every value as plain text', async ({ page }) => {
  await page.goto('share/');
  const fragment = await fragmentFor(page, payload);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`share/#${fragment}`);
  const summary = page.getByRole('article', { name: 'Shared summary' });
  await expect(summary.getByRole('heading', { name: `Goals ${xss[0]}` })).toBeVisible();
  await expect(summary).toContainText(`My first goal ${xss[2]}`);
  for (const text of xss)
    await expect(summary.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  await expect(summary.getByRole('table', { name: 'Scores' })).toContainText('Patient Care');
  await expect(page.locator('main img')).toHaveCount(0);
  // The fragment never goes to the server.
  expect(requests.filter((url) => url.includes(fragment.slice(3, 20)))).toEqual([]);
});

test('a tampered or truncated link gets a clear message', async ({ page }) => {
  await page.goto('share/');
  const fragment = await fragmentFor(page, payload);
  for (const damaged of [
    fragment.slice(0, fragment.length - 12),
    fragment.replace(/.{5}$/, 'AAAAA'),
    'v1.%%%',
    'hello',
  ]) {
    await page.goto(`share/#${damaged}`);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'This link is incomplete or has been changed',
    );
    await expect(page.getByRole('article', { name: 'Shared summary' })).toHaveCount(0);
  }
});

test('a summary file opens on the page', async ({ page }) => {
  await page.goto('share/');
  await expect(page.getByText('Open the link your mentee sent you')).toBeVisible();
  await page.getByLabel('Open a summary file').setInputFiles({
    name: 'medmentor-summary-2026-11-24.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(payload)),
  });
  await expect(page.getByRole('article', { name: 'Shared summary' })).toContainText('Patient Care');
  await page.getByLabel('Open a summary file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"medmentor","kind":"backup","version":1}'),
  });
  await expect(page.getByRole('alert')).toContainText('cannot be shown');
});
