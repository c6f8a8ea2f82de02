/**
 * The check-in store: saved with its history, deleted with undo, snoozed and dismissed; a
 * missing key reads as no check-ins; a corrupt value is set aside, never dropped silently.
 */
import { describe, expect, test } from 'vitest';
import { checkInActions, checkIns, checkInsDefinition, latestCheckIn } from '~/lib/stores/checkins';
import { stored, useFreshStores } from '../../support/stores';

const { storage } = useFreshStores();
const nov = new Date('2026-11-24T10:00:00');
const jan = new Date('2027-01-26T10:00:00');

describe('saving check-ins', () => {
  test('a missing key reads as no check-ins, nothing snoozed or dismissed', () => {
    expect(storage().getItem('medmentor:checkins')).toBeNull();
    expect(checkIns.read()).toEqual({
      version: 1,
      checkIns: [],
      snoozedUntil: null,
      dismissedOn: null,
    });
  });

  test('keeps every check-in with its local day, relationship and answers (skips left out)', () => {
    const first = checkInActions.save('agreement', { 'feel-heard': 4, 'meet-as-planned': 2 }, nov);
    const second = checkInActions.save('m1', { 'would-recommend': 5 }, jan);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    const value = checkIns.read();
    expect(value.checkIns.map((c) => [c.day, c.relationship, c.answers])).toEqual([
      ['2026-11-24', 'agreement', { 'meet-as-planned': 2, 'feel-heard': 4 }],
      ['2027-01-26', 'm1', { 'would-recommend': 5 }],
    ]);
    expect(latestCheckIn(value)?.id).toBe(second);
    expect(stored(storage(), 'checkins')).toEqual(value);
  });

  test('answers outside 1-5 and unknown statements are not kept; nothing answered is not saved', () => {
    expect(checkInActions.save('agreement', { 'feel-heard': 9, 'my-own': 3 }, nov)).toBeNull();
    expect(checkIns.read().checkIns).toEqual([]);
    expect(storage().getItem('medmentor:checkins')).toBeNull();
  });

  test('a deleted check-in comes back with undo, in its place', () => {
    checkInActions.save('agreement', { 'feel-heard': 4 }, nov);
    const id = checkInActions.save('agreement', { 'feel-heard': 5 }, jan)!;
    const undo = checkInActions.remove(id);
    expect(checkIns.read().checkIns).toHaveLength(1);
    expect(undo?.()).toBe(true);
    expect(
      checkIns
        .read()
        .checkIns.map((c) => c.id)
        .at(-1),
    ).toBe(id);
  });

  test('snooze hides for a week, dismiss records the day; a check-in ends both', () => {
    expect(checkInActions.snooze(nov)).toBe(true);
    expect(checkIns.read().snoozedUntil).toBe('2026-12-01');
    expect(checkInActions.dismiss(nov)).toBe(true);
    expect(checkIns.read()).toMatchObject({ snoozedUntil: null, dismissedOn: '2026-11-24' });
    checkInActions.save('agreement', { 'feel-heard': 3 }, jan);
    expect(checkIns.read()).toMatchObject({ snoozedUntil: null, dismissedOn: null });
  });
});

describe('bad storage', () => {
  test('a corrupt value is quarantined and the tool starts empty', () => {
    storage().setItem('medmentor:checkins', '{"version":1,"checkIns":"oops"');
    checkIns.refresh();
    expect(checkIns.read().checkIns).toEqual([]);
    const kept = Array.from({ length: storage().length }, (_, i) => storage().key(i) ?? '');
    expect(kept.some((k) => k.startsWith('medmentor:quarantine:checkins:'))).toBe(true);
  });

  test('one bad check-in is set aside; the good ones stay', () => {
    storage().setItem(
      'medmentor:checkins',
      JSON.stringify({
        version: 1,
        checkIns: [
          {
            id: 'a',
            day: '2026-11-24',
            relationship: 'agreement',
            answers: { 'feel-heard': 4 },
            createdAt: '2026-11-24T10:00:00.000Z',
          },
          {
            id: 'b',
            day: '2026-13-45',
            relationship: 'agreement',
            answers: { 'feel-heard': 7 },
            createdAt: 'yesterday',
          },
        ],
        snoozedUntil: null,
        dismissedOn: null,
      }),
    );
    checkIns.refresh();
    expect(checkIns.read().checkIns.map((c) => c.id)).toEqual(['a']);
  });
});

describe('merging check-ins from another device (a backup imported)', () => {
  const entry = (id: string, day: string) => ({
    id,
    day,
    relationship: 'agreement',
    answers: { 'feel-heard': 4 },
    createdAt: `${day}T10:00:00.000Z`,
  });
  const value = (
    list: ReturnType<typeof entry>[],
    snoozedUntil: string | null,
    dismissedOn: string | null,
  ) => ({ version: 1 as const, checkIns: list, snoozedUntil, dismissedOn });

  test('every check-in is kept once, oldest first', () => {
    const merged = checkInsDefinition.merge(
      value([entry('b', '2026-11-02'), entry('a', '2026-09-01')], null, null),
      value([entry('a', '2026-09-01'), entry('c', '2026-10-01')], null, null),
    );
    expect(merged.checkIns.map((c) => c.id)).toEqual(['a', 'c', 'b']);
  });

  test.each([
    [null, null, null],
    ['2026-12-01', null, '2026-12-01'],
    [null, '2026-12-08', '2026-12-08'],
    ['2026-12-01', '2026-12-08', '2026-12-08'],
    ['2026-12-09', '2026-12-08', '2026-12-09'],
  ])(
    'snoozed until %s here and %s there: %s (the later wins; dismissals alike)',
    (here, there, later) => {
      const merged = checkInsDefinition.merge(value([], here, here), value([], there, there));
      expect(merged).toMatchObject({ snoozedUntil: later, dismissedOn: later });
    },
  );
});
