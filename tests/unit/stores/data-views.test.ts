/**
 * What My data shows: every part of the data with what it holds now (in words, with plural
 * forms), kept current as stores change, the space used, and an import's changes in words.
 */
import { describe, expect, test, vi } from 'vitest';
import { blankContact } from '~/lib/stores/network-views';
import { checkInActions } from '~/lib/stores/checkins';
import { changeText, readBackupFile } from '~/lib/stores/data';
import { $spaceUsed, $storedParts } from '~/lib/stores/data-views';
import { expectations } from '~/lib/stores/expectations';
import { networkActions } from '~/lib/stores/network-actions';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { setInterests } from '~/lib/stores/network';
import { useFreshStores } from '../../support/stores';

useFreshStores();

const described = () =>
  Object.fromEntries($storedParts.get().map((part) => [part.name, part.description]));

describe('$storedParts', () => {
  test('every part, in the registry order, with a title and "nothing yet" at first', () => {
    const parts = $storedParts.get();
    expect(parts.map((p) => p.name)).toEqual([
      'assessments',
      'plan',
      'meetings',
      'agreement',
      'expectations',
      'brief',
      'checkins',
      'network',
      'matching',
      'prefs',
    ]);
    for (const part of parts) expect(part.title).not.toBe('');
    expect(described()).toMatchObject({ network: 'nothing yet', meetings: 'nothing yet' });
  });

  test.each([
    [1, '1 person', '1 meeting', '1 interest'],
    [2, '2 people', '2 meetings', '2 interests'],
  ])('after %i of each: %s, %s, %s', (n, people, meetings, interests) => {
    for (let i = 0; i < n; i++) {
      networkActions.add({ ...blankContact, name: `Person ${i}` });
      meetingActions.add({ date: `2026-11-0${i + 1}`, agenda: '', notes: '', actions: [] });
    }
    setInterests(Array.from({ length: n }, (_, i) => `interest ${i}`));
    expect(described()).toMatchObject({ network: people, meetings, matching: interests });
  });

  test('a removed person is no longer counted, and counted again when put back', () => {
    const id = networkActions.add({ ...blankContact, name: 'Ama' }) ?? '';
    const undo = networkActions.remove(id);
    expect(described().network).toBe('nothing yet');
    expect(undo?.()).toBe(true);
    expect(described().network).toBe('1 person');
  });
});

test('check-ins and expectations, listed by name, are described once something is stored, and again after a second unwatched', async () => {
  const stop = $storedParts.listen(() => {});
  expect(described()).toMatchObject({ checkins: 'nothing yet', expectations: 'nothing yet' });
  checkInActions.save('agreement', { 'feel-heard': 4 });
  expectations.update((e) => ({
    ...e,
    answers: { frequency: { choices: ['weekly'], note: '' } },
  }));
  await vi.waitFor(() =>
    expect(described()).toMatchObject({ checkins: '1 check-in', expectations: '1 topic answered' }),
  );
  stop();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  checkInActions.save('agreement', { 'feel-heard': 5 });
  const again = $storedParts.listen(() => {});
  await vi.waitFor(() => expect(described().checkins).toBe('2 check-ins'));
  again();
});

describe('$spaceUsed', () => {
  test('grows when something is saved, and is in this browser, not only in memory', () => {
    const before = $spaceUsed.get().bytes;
    networkActions.add({ ...blankContact, name: 'Someone with a long enough name' });
    expect($spaceUsed.get().bytes).toBeGreaterThan(before);
    expect($spaceUsed.get().memoryOnly).toBe(false);
  });
});

test.each([
  [{ action: 'unchanged', before: '1 person', after: '1 person' }, 'no change (1 person)'],
  [{ action: 'add', before: 'nothing yet', after: '2 people' }, 'will be added (2 people)'],
  [
    { action: 'merge', before: '1 meeting', after: '3 meetings' },
    'will be merged: 1 meeting now, 3 meetings after',
  ],
  [
    { action: 'replace', before: '2 people', after: '1 person' },
    'will be replaced: 2 people now, 1 person after',
  ],
] as const)('changeText(%o) -> %s', (change, expected) => {
  expect(changeText(change)).toBe(expected);
});

describe('readBackupFile', () => {
  test('a file too large is refused unread, with its size and the limit', async () => {
    let read = false;
    const file = {
      size: 6.2 * 1024 * 1024,
      text: () => {
        read = true;
        return Promise.resolve('{}');
      },
    };
    expect(await readBackupFile(file, 'en-US')).toEqual({
      ok: false,
      message:
        'This file is too large to be a MedMentor backup (6.2 MB; the limit is 5 MB). Nothing was changed.',
    });
    expect(read).toBe(false);
  });

  test('any other file is read for the preview', async () => {
    const file = { size: 2, text: () => Promise.resolve('{}') };
    expect(await readBackupFile(file, 'en-US')).toEqual({ ok: true, text: '{}' });
  });
});
