import { expect, test } from 'vitest';
import type { Meta } from '~/lib/schemas/meta';
import { backupIsDue, countChange, markBackedUp } from '~/lib/storage/nudge';

const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const meta = (over: Partial<Meta>): Meta => ({
  version: 1,
  lastBackupAt: null,
  firstChangeAt: null,
  changesSinceBackup: 0,
  ...over,
});
/** `changes` changes since a backup `backupDays` ago, the first of them `firstDays` ago. */
const since = (changes: number, backupDays: number, firstDays: number): Meta =>
  meta({
    changesSinceBackup: changes,
    lastBackupAt: daysAgo(backupDays),
    firstChangeAt: daysAgo(firstDays),
  });
/** `changes` changes, never backed up, the first of them `firstDays` ago. */
const unsaved = (changes: number, firstDays: number): Meta =>
  meta({ changesSinceBackup: changes, firstChangeAt: daysAgo(firstDays) });

test.each<[string, Meta, boolean]>([
  ['nothing changed, never backed up', meta({}), false],
  ['nothing changed since an old backup', meta({ lastBackupAt: daysAgo(90) }), false],
  ['one change today, never backed up', unsaved(1, 0), false],
  ['one change 4 days ago, never backed up', unsaved(1, 4), false],
  // Before Safari's 7 days without a visit erase the site's storage.
  ['one change 6 days ago, never backed up', unsaved(1, 6), true],
  ['one change 15 days ago, never backed up', unsaved(1, 15), true],
  ['changes after a backup 15 days old', since(2, 15, 1), true],
  ['changes after a backup 6 days old', since(2, 6, 1), true],
  ['changes after a backup 4 days old', since(2, 4, 1), false],
  ['changes with no date known (an imported record)', meta({ changesSinceBackup: 5 }), false],
  ['20 changes since yesterday', since(20, 1, 1), true],
  ['19 changes since yesterday', since(19, 1, 1), false],
])('%s -> %s', (_name, value, expected) => {
  expect(backupIsDue(value, now)).toBe(expected);
});

test('counting and backing up', () => {
  const once = countChange(meta({}), now);
  expect(once).toMatchObject({ changesSinceBackup: 1, firstChangeAt: now.toISOString() });
  const twice = countChange(once, new Date('2026-11-25T00:00:00Z'));
  expect(twice).toMatchObject({ changesSinceBackup: 2, firstChangeAt: now.toISOString() });
  expect(markBackedUp(twice, now)).toEqual(meta({ lastBackupAt: now.toISOString() }));
});
