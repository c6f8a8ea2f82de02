/** The backup status line every tool shows (src/lib/stores/backup-status.ts). */
import { expect, test } from 'vitest';
import type { Meta } from '~/lib/schemas/meta';
import { backupStatusText } from '~/lib/stores/backup-status';

// Local times, so the calendar days are the person's whatever the test machine's time zone.
const now = new Date(2026, 10, 24, 9, 0);
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();
const meta = (lastBackupAt: string | null): Meta => ({
  version: 1,
  lastBackupAt,
  firstChangeAt: null,
  changesSinceBackup: 0,
});

test.each<[string, string | null, string]>([
  ['never backed up', null, 'No backup yet'],
  ['an unreadable date', 'not a date', 'No backup yet'],
  ['earlier today', at(2026, 11, 24, 1), 'Last backup: today'],
  [
    'late last night (a calendar day, not 24 hours)',
    at(2026, 11, 23, 23),
    'Last backup: yesterday',
  ],
  ['three days ago', at(2026, 11, 21), 'Last backup: 3 days ago'],
  ['a backup dated later (clock set back)', at(2026, 11, 26), 'Last backup: today'],
])('%s', (_name, lastBackupAt, expected) => {
  expect(backupStatusText(meta(lastBackupAt), 'en', now)).toBe(expected);
});
