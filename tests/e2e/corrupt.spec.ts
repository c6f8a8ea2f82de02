/**
 * A new user's browser with data in every store, then every medmentor: key corrupted by hand:
 * every page still works, and every corrupt value is recoverable from My data.
 */
import { readFileSync } from 'node:fs';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { pagePaths } from './support/site';
import { seed } from './support/storage';
import { builds } from '../../playwright.config';

const valid: Record<string, unknown> = {
  'medmentor:prefs': { version: 1, theme: 'dark', facilitator: true },
  'medmentor:assessments': { version: 1, drafts: {}, attempts: [] },
  'medmentor:plan': {
    version: 1,
    goals: [goal('g1', 'Present at rounds')],
  },
  'medmentor:meetings': {
    version: 1,
    meetings: [{ id: 'm1', date: '2026-11-20', agenda: 'Rotations', notes: '', actions: [] }],
  },
  'medmentor:agreement': {
    version: 1,
    fields: { purpose: 'Prepare for placements' },
    updatedAt: '2026-11-20T00:00:00.000Z',
  },
  'medmentor:meta': { version: 1, lastBackupAt: null, firstChangeAt: null, changesSinceBackup: 3 },
};

const corruptions = [
  '{"version":1,',
  'not json at all',
  '{"version":99}',
  '[]',
  '{"version":1,"goals":"lots"}',
  'null',
];

test('every page works with every key corrupted, and every value is recoverable', async ({
  page,
}) => {
  const paths = pagePaths(builds.root.outDir);
  // It opens every page of the site: its time grows with the curriculum.
  test.setTimeout(60_000 + paths.length * 2_000);
  await page.goto('./');
  await seed(
    page,
    Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, JSON.stringify(value)])),
  );
  await page.goto('my-data/');
  await expect(page.getByRole('row', { name: /Goal plans/ })).toContainText('1 goal');

  const keys = Object.keys(valid);
  const broken = Object.fromEntries(
    keys.map((key, i) => [key, corruptions[i % corruptions.length]!]),
  );
  await seed(page, broken);

  for (const path of paths) {
    const response = await page.goto(`.${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  await page.goto('my-data/');
  const notice = page.getByRole('status').filter({ hasText: 'Some saved data could not be read' });
  await expect(notice.getByRole('listitem')).toHaveCount(keys.length);
  // Each raw value downloads exactly as it was.
  const recovered: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the raw data' }).nth(i).click();
    recovered.push(readFileSync(await (await downloading).path(), 'utf8'));
  }
  expect(recovered.sort()).toEqual(Object.values(broken).sort());
  // The tools start clean and work.
  await page.goto('plan/');
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Goal', { exact: true }).fill('Start again');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { name: 'Start again' })).toBeVisible();
});
