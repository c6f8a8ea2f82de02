/**
 * The small views: the goals a meeting action can become a step of, what every tool page says
 * about storage (backup due, a set-aside value as a file), and reading what a mentee shared.
 */
import { describe, expect, test } from 'vitest';
import { emptyFields } from '~/lib/goals/model';
import type { Goal } from '~/lib/schemas/plan';
import { meta, recordBackup } from '~/lib/stores/meta';
import { networkActions } from '~/lib/stores/network-actions';
import { blankContact } from '~/lib/stores/network-views';
import { openGoals } from '~/lib/stores/partnership-views';
import { MAX_SUMMARY_BYTES, readSharedFile, readSharedLink } from '~/lib/stores/share-views';
import { backupDue, recoveredFile } from '~/lib/stores/storage-views';
import { useFreshStores } from '../../support/stores';

useFreshStores();

describe('openGoals', () => {
  const goal = (id: string, extra: Partial<Goal>): Goal =>
    ({ ...emptyFields(), id, title: id, archived: false, status: 'in-progress', ...extra }) as Goal;
  test.each([
    ['in progress', { status: 'in-progress' }, true],
    ['not started', { status: 'not-started' }, true],
    ['paused', { status: 'paused' }, true],
    ['done', { status: 'done' }, false],
    ['archived', { archived: true }, false],
  ] as const)('a goal %s is offered: %s', (_, extra, offered) => {
    const goals = openGoals({ version: 1, goals: [goal('g', extra)] });
    expect(goals.length === 1).toBe(offered);
  });
});

describe('storage views', () => {
  test.each([
    ['few changes', 3, 'local', false],
    ['many changes', 25, 'local', true],
    ['many changes, but only in memory (nothing would be kept anyway)', 25, 'memory', false],
  ] as const)('backup due with %s: %s', (_, changes, mode, due) => {
    const info = {
      version: 1 as const,
      lastBackupAt: null,
      firstChangeAt: null,
      changesSinceBackup: changes,
    };
    expect(backupDue({ mode, failure: null }, info, new Date('2026-11-24T12:00:00Z'))).toBe(due);
  });

  test('a backup is no longer due once one is made', () => {
    for (let i = 0; i < 25; i++) networkActions.add({ ...blankContact, name: `P${i}` });
    expect(backupDue({ mode: 'local', failure: null }, meta.read())).toBe(true);
    recordBackup();
    expect(backupDue({ mode: 'local', failure: null }, meta.read())).toBe(false);
  });

  test('a set-aside value downloads exactly as stored, named after its part and day', () => {
    expect(
      recoveredFile({
        key: 'medmentor:quarantine:plan:1',
        store: 'plan',
        at: '2026-11-24T10:00:00.000Z',
        reason: 'not valid',
        raw: '{"broken":',
      }),
    ).toEqual({
      name: 'medmentor-recovered-plan-2026-11-24.txt',
      text: '{"broken":',
      type: 'text/plain',
    });
  });
});

describe('reading a shared summary', () => {
  test('a link without a summary shows nothing', async () => {
    expect(await readSharedLink('')).toBeNull();
  });

  test.each([
    ['a file too large', MAX_SUMMARY_BYTES + 1, '{}', 'too large to be a MedMentor summary'],
    ['a file that is not JSON', 10, 'hello', 'not a MedMentor summary'],
  ])('%s is refused with a reason', async (_, size, text, message) => {
    const result = await readSharedFile({ size, text: () => Promise.resolve(text) });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
