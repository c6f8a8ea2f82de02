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
  // A version-1 link still opens: nobody named, no list of what was sent, the file picker
  // tucked away until asked for.
  await expect(summary).toContainText('Shared on');
  await expect(summary).not.toContainText('Shared by');
  await expect(page.getByLabel('Open a summary file')).toBeHidden();
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
  await expect(
    page.getByText('If your mentee sent you a file instead of a link, open it here'),
  ).toBeVisible();
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

test('following the skip link or another anchor keeps the summary on screen', async ({ page }) => {
  await page.goto('share/');
  const fragment = await fragmentFor(page, payload);
  await page.goto(`share/#${fragment}`);
  const summary = page.getByRole('article', { name: 'Shared summary' });
  await expect(summary.getByRole('heading', { name: `Goals ${xss[0]}` })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // A section heading's id, as a link to a part of the summary would use.
  await page.evaluate(() => (location.hash = 'shared-0'));
  await expect(page).toHaveURL(/#shared-0$/);
  // Reading a link takes a few milliseconds; give a wrong read the time to land.
  await page.waitForTimeout(500);
  await expect(summary).toContainText('Patient Care');
  await expect(page.getByRole('alert')).toHaveText('');
  // A new summary link in the same tab is still read.
  const other = await fragmentFor(page, {
    ...payload,
    sections: [{ title: 'Second', blocks: [{ type: 'text', text: 'Another summary' }] }],
  });
  await page.evaluate((f) => (location.hash = f), other);
  await expect(summary.getByRole('heading', { name: 'Second' })).toBeVisible();
});

test('a right-to-left override in a shared text cannot reorder the text after it', async ({
  page,
}) => {
  const rlo = '\u202E';
  const shared = {
    ...payload,
    sections: [
      {
        title: `${rlo}Goals`,
        blocks: [
          {
            type: 'table',
            caption: 'Goals and progress',
            columns: ['Goal', 'Status'],
            rows: [[`${rlo}Present a case`, 'In progress']],
          },
          { type: 'list', items: [`${rlo}first`, 'second item'] },
        ],
      },
    ],
  };
  await page.goto('share/');
  await page.goto(`share/#${await fragmentFor(page, shared)}`);
  const summary = page.getByRole('article', { name: 'Shared summary' });
  const title = summary.getByRole('rowheader');
  const items = summary.getByRole('listitem');
  await expect(title).toHaveText(`${rlo}Present a case`);
  for (const element of [summary.getByRole('heading', { level: 2 }), title, items.first()]) {
    await expect(element).toHaveAttribute('dir', 'auto');
    await expect(element).toHaveCSS('unicode-bidi', 'isolate');
  }
  // The text after the override reads left to right: each letter right of the one before.
  for (const next of [summary.getByRole('cell', { name: 'In progress' }), items.nth(1)]) {
    const lefts = await next.evaluate((element) => {
      const text = element.firstChild?.textContent ?? '';
      return Array.from({ length: text.length }, (_, i) => {
        const range = document.createRange();
        range.setStart(element.firstChild!, i);
        range.setEnd(element.firstChild!, i + 1);
        return range.getBoundingClientRect().left;
      }).filter((_, i) => text[i] !== ' ');
    });
    expect(lefts.length).toBeGreaterThan(5);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  }
});

test('a link that expands past the size limit is refused at once', async ({ page }) => {
  await page.goto('share/');
  // 5 MB of zeros compress to a few KB: a link that would take megabytes to open.
  const bomb = await page.evaluate(async () => {
    const stream = new Blob([new Uint8Array(5 * 1024 * 1024)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    bytes.forEach((b) => (binary += String.fromCharCode(b)));
    return 'v1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  expect(bomb.length).toBeLessThan(16 * 1024);
  await page.goto(`share/#${bomb}`);
  await expect(page.getByRole('alert')).toContainText(
    'This link holds more than a shared summary can',
    { timeout: 2000 },
  );
  await expect(page.getByRole('article', { name: 'Shared summary' })).toHaveCount(0);
  await expect(page.getByText('Open the link your mentee sent you')).toHaveCount(0);
});
