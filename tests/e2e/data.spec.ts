/**
 * The data layer in a real browser: backup and restore, corrupt storage, bad import files,
 * two tabs, storage that is unavailable or full, delete all, and the Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openWith, ownStorage, seed, twoTabs } from './support/storage';

const fixtures = join(import.meta.dirname, '../fixtures/imports');

/** Opens `path` with stored data that cannot be read; gives the notice that says so. */
async function openUnreadable(page: Page, path: string, entries: Record<string, string>) {
  await openWith(page, path, entries);
  return page.getByRole('status').filter({ hasText: 'Some saved data could not be read' });
}

/** A realistic stored self-assessment state: one completed attempt and one draft. */
const assessmentsState = {
  version: 2,
  drafts: {
    'mentor-self-assessment': {
      framework: 'none',
      step: 2,
      answers: { 'communication-1': 4, 'communication-2': 'not-sure' },
      notes: { communication: 'Ask my mentees how feedback lands' },
      startedAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:05:00.000Z',
    },
  },
  attempts: [
    {
      id: 'mentoring-needs-abc',
      instrument: 'mentoring-needs',
      framework: 'none',
      title: 'What do I need from a mentor?',
      audience: 'mentee',
      completedAt: '2026-11-19T08:00:00.000Z',
      answers: { 'guidance-1': 5, 'guidance-2': 4 },
      notes: { guidance: 'Find a near-peer <b>soon</b>' },
      results: [
        {
          domain: 'guidance',
          name: 'Guidance and support',
          score: 88,
          mean: 4.5,
          answered: 2,
          band: 'strong-need',
        },
      ],
      bands: [
        { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
        { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
        { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
      ],
      close: false,
    },
  ],
};

test('export, clear site data, import: everything is back', async ({ page, context }) => {
  // A mentors' guide: the facilitator switch shows there (not on the mentees' guides).
  await page.goto('guides/mentors/listening-asking-feedback/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await seed(page, { 'medmentor:assessments': JSON.stringify(assessmentsState) });
  await page.goto('my-data/');
  await expect(page.getByRole('row', { name: /Preferences/ })).toContainText(
    'dark theme, facilitator view on',
  );
  await expect(page.getByRole('row', { name: /Self-assessments/ })).toContainText(
    '1 completed self-assessment, 1 in progress',
  );
  const before = await ownStorage(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^medmentor-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible();
  await expect(page.getByText(/Last backup:/)).not.toContainText('none yet');
  const backupPath = await download.path();
  const backup: unknown = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup).toMatchObject({ app: 'medmentor', kind: 'backup', version: 1 });

  // Clear site data, as a browser or the person might.
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.getByRole('row', { name: /Preferences/ })).toContainText(
    'theme follows your device',
  );

  await page.getByLabel('Backup file').setInputFiles(backupPath);
  const preview = page.getByRole('region', { name: 'What the import will change' });
  await expect(preview).toContainText(
    'Preferences: will be added (dark theme, facilitator view on)',
  );
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your backup has been imported.' }),
  ).toBeVisible();

  await page.goto('guides/mentees/why-mentorship-matters/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.facilitator-note').first()).toBeVisible();
  const after = await ownStorage(page);
  expect(JSON.parse(after['medmentor:assessments'] ?? '')).toEqual(assessmentsState);
  expect(JSON.parse(after['medmentor:prefs'] ?? '')).toEqual(
    JSON.parse(before['medmentor:prefs'] ?? ''),
  );
});

test.describe('a bad import file changes nothing', () => {
  for (const [file, message] of [
    ['not-json.csv', 'it is not a JSON file'],
    ['another-app.json', 'may come from another app'],
    ['newer-version.json', 'newer version of MedMentor'],
    ['share-file.json', 'summary shared with a mentor, not a backup'],
    ['bad-prefs.json', '"Preferences" part of this backup cannot be read'],
    ['xss-prefs.json', '"Preferences" part of this backup cannot be read'],
  ] as const) {
    test(file, async ({ page }) => {
      await page.goto('my-data/');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      const before = await ownStorage(page);
      await page.getByLabel('Backup file').setInputFiles(join(fixtures, file));
      const alert = page.getByRole('alert').filter({ hasText: message });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('Nothing was changed.');
      await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
      expect(await ownStorage(page)).toEqual(before);
    });
  }

  test('a file too large is refused before it is read', async ({ page }) => {
    await page.goto('my-data/');
    const before = await ownStorage(page);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(6 * 1024 * 1024, 32),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'too large' })).toBeVisible();
    expect(await ownStorage(page)).toEqual(before);
  });

  test('text that looks like HTML in a file is shown as text', async ({ page }) => {
    await page.goto('my-data/');
    const payload = '<img src=x onerror=alert(1)>';
    const text = JSON.stringify({
      app: 'medmentor',
      kind: 'backup',
      version: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      stores: { prefs: { version: 1, theme: 'dark' }, [payload]: { version: 1 } },
    });
    await page.getByLabel('Backup file').setInputFiles({
      name: `${payload}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('region', { name: 'What the import will change' })).toContainText(
      payload,
    );
    await expect(page.locator('main img')).toHaveCount(0);
  });
});

test('a hand-corrupted key: a notice, a working app, and the raw data downloads', async ({
  page,
}) => {
  const notice = await openUnreadable(page, 'my-data/', {
    'medmentor:prefs': '{"version":1,"theme":',
  });
  await expect(notice).toContainText('Preferences');
  await expect(notice).toContainText('it is not valid JSON');

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the raw data' }).click();
  const download = await downloading;
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"version":1,"theme":');

  // The app carries on: the theme toggle works and is saved cleanly.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const stored = await ownStorage(page);
  expect(JSON.parse(stored['medmentor:prefs'] ?? '')).toEqual({ version: 1, theme: 'dark' });
  // Still recoverable until the person deletes it.
  await notice.getByRole('button', { name: 'Delete it' }).click();
  await expect(notice).toHaveCount(0);
  expect(Object.keys(await ownStorage(page))).toEqual(['medmentor:prefs']);
});

test('a corrupt preference is set aside, not overwritten, by a toggle on a guide', async ({
  page,
}) => {
  await openWith(page, 'guides/mentors/opening-doors/', { 'medmentor:prefs': 'garbage' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const stored = await ownStorage(page);
  expect(JSON.parse(stored['medmentor:prefs'] ?? '')).toMatchObject({ version: 1, theme: 'dark' });
  const quarantined = Object.entries(stored).filter(([k]) =>
    k.startsWith('medmentor:quarantine:prefs:'),
  );
  // Set aside as a quarantine record that keeps the value exactly as it was.
  expect(quarantined.map(([, v]) => JSON.parse(v) as unknown)).toEqual([
    expect.objectContaining({ version: 1, store: 'prefs', raw: 'garbage' }),
  ]);
  await page.goto('my-data/');
  await expect(page.getByText('Some saved data could not be read')).toBeVisible();
});

test('two tabs editing converge with nothing lost', async ({ page, context }) => {
  const other = await twoTabs(
    page,
    context,
    'my-data/',
    'guides/programs/recruiting-and-matching/',
  );
  await other.getByRole('button', { name: 'Facilitator view' }).click();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  // Each tab shows both changes, without a reload.
  await expect(page.getByRole('row', { name: /Preferences/ })).toContainText(
    'dark theme, facilitator view on',
  );
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(other.locator('.facilitator-note').first()).toBeVisible();
  expect(JSON.parse((await ownStorage(page))['medmentor:prefs'] ?? '')).toEqual({
    version: 1,
    theme: 'dark',
    facilitator: true,
  });
});

test('delete all my data asks first, then removes every MedMentor key and nothing else', async ({
  page,
}) => {
  await page.goto('my-data/');
  await seed(page, { 'other-app:keep': 'yes', 'medmentor:quarantine:prefs:1': 'old' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('cannot be undone');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(Object.keys(await ownStorage(page)).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been deleted' })).toBeVisible();
  expect(await ownStorage(page)).toEqual({});
  expect(await page.evaluate(() => localStorage.getItem('other-app:keep'))).toBe('yes');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('storage unavailable: a persistent warning, and everything still works', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = deny;
    Storage.prototype.setItem = deny;
    Storage.prototype.removeItem = deny;
  });
  await page.goto('my-data/');
  await expect(page.getByText('Nothing you enter will be kept')).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('guides/mentees/finding-a-mentor/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('storage full: a clear message, and what was saved stays intact', async ({ page }) => {
  await page.goto('my-data/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const before = await ownStorage(page);
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key !== 'medmentor:probe') throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.reload();
  await page.getByRole('button', { name: 'Export all my data' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved yet' });
  await expect(alert).toContainText('storage this browser gives the site is full');
  expect(await ownStorage(page)).toEqual(before);
});

test('every page has a strict Content-Security-Policy', async ({ page }) => {
  for (const path of ['./', 'guides/mentees/why-mentorship-matters/', 'my-data/', 'share/']) {
    await page.goto(path);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toMatch(/https?:/);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('with nothing stored, backup and restore are on the first screen, and "Backup saved" shows under the button', async ({
    page,
  }) => {
    await page.goto('my-data/');
    const exportButton = page.getByRole('button', { name: 'Export all my data' });
    await expect(exportButton).toBeInViewport({ ratio: 1 });
    const box = await exportButton.boundingBox();
    expect((box?.y ?? 1e4) + (box?.height ?? 0)).toBeLessThanOrEqual(667);
    expect(box?.height).toBeGreaterThanOrEqual(44);

    const downloading = page.waitForEvent('download');
    await exportButton.tap();
    await downloading;
    const said = page.getByRole('status').filter({ hasText: 'Backup saved as' });
    await expect(said).toBeInViewport();
    const saidBox = await said.boundingBox();
    expect((saidBox?.y ?? 1e4) - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThan(60);
    await expect(page.getByLabel('Backup file')).toBeVisible();
  });
});
