/**
 * Set-aside values can be restored, and merging keeps both (issue 15): "Try to restore" on a
 * tool page previews and restores an over-long goal, shortened; the downloaded raw data imports
 * back on My data; an agreement merges part by part, the person choosing per part; and a merge
 * past the goal limit is refused, naming the counts, with nothing written.
 */
import { readFileSync } from 'node:fs';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { openWith, ownStorage } from './support/storage';

const longTitle = `Present a case at rounds ${'x'.repeat(250)}`;
const plan = JSON.stringify({
  version: 1,
  goals: [goal('g1', 'Find a near-peer mentor'), goal('g2', longTitle)],
});

/** The goals stored now, as [id, title]. */
async function storedGoals(page: Parameters<typeof ownStorage>[0]) {
  const raw = (await ownStorage(page))['medmentor:plan'];
  const value = JSON.parse(raw ?? '{"goals":[]}') as { goals: { id: string; title: string }[] };
  return value.goals.map((g) => [g.id, g.title]);
}

const quarantineKeys = async (page: Parameters<typeof ownStorage>[0]) =>
  Object.keys(await ownStorage(page)).filter((k) => k.startsWith('medmentor:quarantine:'));

test('Try to restore previews, then restores the goal with its title shortened', async ({
  page,
}) => {
  await openWith(page, 'plan/', { 'medmentor:plan': plan });
  const notice = page.getByRole('status').filter({ hasText: 'Some saved data could not be read' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Try to restore' }).click();
  const preview = page.getByRole('region', { name: 'What restoring to Goal plans will do' });
  await expect(preview).toContainText(/goals? will be added\./);
  await expect(preview).toContainText('1 text was shortened to 200 characters.');
  // Nothing is written before Restore.
  expect(await quarantineKeys(page)).toHaveLength(1);
  await preview.getByText('What was changed to make it readable').click();
  await expect(preview).toContainText('was shortened from 275 characters to 200.');

  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText(/^Restored to Goal plans/)).toBeVisible();
  expect(await storedGoals(page)).toEqual([
    ['g1', 'Find a near-peer mentor'],
    ['g2', longTitle.slice(0, 200)],
  ]);
  expect(await quarantineKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText(longTitle.slice(0, 200)).first()).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('the downloaded raw data imports back on My data; a wrong file changes nothing', async ({
  page,
}) => {
  await openWith(page, 'my-data/', { 'medmentor:plan': plan });
  const notice = page.getByRole('status').filter({ hasText: 'Some saved data could not be read' });
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the raw data' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^medmentor-recovered-plan-\d{4}-\d{2}-\d{2}\.txt$/);
  const raw = readFileSync(await download.path());
  await notice.getByRole('button', { name: 'Delete it' }).click();
  await expect(notice).toHaveCount(0);

  // A file with the right name but not the raw data: a clear message, nothing changed.
  const before = await ownStorage(page);
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
  await expect(page.getByRole('alert').filter({ hasText: 'it is not valid JSON' })).toContainText(
    'Nothing was changed.',
  );
  await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);
  expect(await ownStorage(page)).toEqual(before);

  await page.getByLabel('Backup file').setInputFiles({ name, mimeType: 'text/plain', buffer: raw });
  const preview = page.getByRole('region', { name: 'What restoring to Goal plans will do' });
  await expect(preview).toContainText('1 text was shortened to 200 characters.');
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('row', { name: /Goal plans/ })).toContainText('2 goals');
  const goals = await storedGoals(page);
  expect(goals).toContainEqual(['g2', longTitle.slice(0, 200)]);
  expect(goals).toContainEqual(['g1', 'Find a near-peer mentor']);
});

/** A backup file of these store values, as the file input takes it. */
const backup = (stores: Record<string, unknown>) => ({
  name: 'medmentor-backup-2026-11-29.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      app: 'medmentor',
      kind: 'backup',
      version: 1,
      exportedAt: '2026-11-29T10:00:00.000Z',
      stores,
    }),
  ),
});

test('an agreement merges part by part, the person choosing per part', async ({ page }) => {
  await openWith(page, 'my-data/', {
    'medmentor:agreement': JSON.stringify({
      version: 1,
      fields: { mentee: 'Sam', purpose: 'Research skills', mentor: 'Dr Lee' },
      updatedAt: '2026-11-01T10:00:00.000Z',
    }),
  });
  await page.getByLabel('Backup file').setInputFiles(
    backup({
      agreement: {
        version: 1,
        fields: { purpose: 'Placements', mentor: 'Dr Kim', ending: 'After one conversation' },
        updatedAt: '2026-11-28T10:00:00.000Z',
      },
    }),
  );
  const preview = page.getByRole('region', { name: 'What the import will change' });
  const purpose = preview.getByRole('group', {
    name: 'Mentoring agreement: What this mentorship is for',
  });
  const mentor = preview.getByRole('group', { name: 'Mentoring agreement: Mentor' });
  await expect(purpose.getByRole('radio', { name: /^Keep mine: .?Research skills/ })).toBeChecked();
  await expect(mentor.getByRole('radio', { name: /^Keep mine/ })).toBeChecked();
  await mentor.getByRole('radio', { name: /^Take the file's/ }).check();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your backup has been imported.' }),
  ).toBeVisible();
  const stored = JSON.parse((await ownStorage(page))['medmentor:agreement'] ?? '{}') as {
    fields: Record<string, string>;
  };
  expect(stored.fields).toEqual({
    mentee: 'Sam',
    purpose: 'Research skills',
    mentor: 'Dr Kim',
    ending: 'After one conversation',
  });
});

test('a merge past the goal limit is refused, naming the counts; nothing is written', async ({
  page,
}) => {
  const goals = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => goal(`g${from + i}`, `Goal ${from + i}`));
  await openWith(page, 'my-data/', {
    'medmentor:plan': JSON.stringify({ version: 1, goals: goals(0, 1500) }),
  });
  const before = await ownStorage(page);
  await page
    .getByLabel('Backup file')
    .setInputFiles(backup({ plan: { version: 1, goals: goals(1500, 650) } }));
  await expect(
    page.getByRole('alert').filter({
      hasText:
        'Merging would give 2,150 goals; the planner holds at most 2,000. Nothing was imported.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
  expect(await ownStorage(page)).toEqual(before);
});
