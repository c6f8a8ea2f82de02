/** When a mentorship check-in is offered, and when the mentorship began. */
import { describe, expect, test } from 'vitest';
import { addMonths, checkInDue, type DueInput } from '~/lib/checkins/due';
import { relationships } from '~/lib/checkins/starts';

test.each([
  ['2026-01-15', 1, '2026-02-15'],
  ['2026-01-31', 1, '2026-02-28'],
  ['2024-01-31', 1, '2024-02-29'],
  ['2026-11-30', 2, '2027-01-30'],
  ['2026-12-31', 2, '2027-02-28'],
  ['2026-10-31', 1, '2026-11-30'],
])('%s plus %i month(s) is %s', (date, months, expected) => {
  expect(addMonths(date, months)).toBe(expected);
});

const base: DueInput = {
  starts: [],
  checkIns: [],
  dismissedOn: null,
  snoozedUntil: null,
  today: '2026-11-30',
};

describe('checkInDue', () => {
  test.each<[string, Partial<DueInput>, { due: boolean; dueOn: string | null }]>([
    ['no mentorship: never', {}, { due: false, dueOn: null }],
    [
      'mentor added 3 weeks ago: not yet',
      { starts: ['2026-11-09'] },
      { due: false, dueOn: '2026-12-09' },
    ],
    [
      'mentor added a month ago: due',
      { starts: ['2026-10-30'] },
      { due: true, dueOn: '2026-11-30' },
    ],
    [
      'the earliest start counts',
      { starts: ['2026-11-20', '2026-09-01'] },
      { due: true, dueOn: '2026-10-01' },
    ],
    [
      'checked in 7 weeks ago: not yet',
      { starts: ['2026-06-01'], checkIns: ['2026-10-12'] },
      { due: false, dueOn: '2026-12-12' },
    ],
    [
      'checked in two months ago: due',
      { starts: ['2026-06-01'], checkIns: ['2026-08-01', '2026-09-30'] },
      { due: true, dueOn: '2026-11-30' },
    ],
    [
      'snoozed until tomorrow: hidden',
      { starts: ['2026-06-01'], snoozedUntil: '2026-12-01' },
      { due: false, dueOn: '2026-07-01' },
    ],
    [
      'the snooze is over: shown again',
      { starts: ['2026-06-01'], snoozedUntil: '2026-11-30' },
      { due: true, dueOn: '2026-07-01' },
    ],
    [
      'dismissed this round: next in two months',
      { starts: ['2026-06-01'], checkIns: ['2026-07-01'], dismissedOn: '2026-11-02' },
      { due: false, dueOn: '2027-01-02' },
    ],
    [
      'a check-in after the dismissal counts from the check-in',
      { starts: ['2026-06-01'], checkIns: ['2026-09-30'], dismissedOn: '2026-09-01' },
      { due: true, dueOn: '2026-11-30' },
    ],
  ])('%s', (_, over, expected) => {
    expect(checkInDue({ ...base, ...over })).toEqual(expected);
  });
});

describe('relationships: when each mentorship began', () => {
  const empty = { version: 1 as const, fields: {}, updatedAt: null };
  const mentor = (id: string, createdAt: string, group: 'mentor' | 'peer' = 'mentor') => ({
    id,
    group,
    createdAt,
  });

  test.each([
    ['nothing stored', [], empty, [], []],
    [
      'mentors in My network from the day they were added; peers are not mentorships',
      [mentor('a', '2026-10-01T12:00:00.000Z'), mentor('b', '2026-10-02T12:00:00.000Z', 'peer')],
      empty,
      [],
      [{ id: 'a', since: '2026-10-01' }],
    ],
    [
      'an agreement from the first meeting',
      [],
      {
        version: 1 as const,
        fields: { purpose: 'Research' },
        updatedAt: '2026-11-20T12:00:00.000Z',
      },
      [{ date: '2026-10-15' }, { date: '2026-09-03' }],
      [{ id: 'agreement', since: '2026-09-03' }],
    ],
    [
      'an agreement with no meeting yet: from its last edit',
      [],
      {
        version: 1 as const,
        fields: { purpose: 'Research' },
        updatedAt: '2026-11-20T12:00:00.000Z',
      },
      [],
      [{ id: 'agreement', since: '2026-11-20' }],
    ],
    [
      'a meeting log alone: from the first meeting',
      [],
      empty,
      [{ date: '2026-08-01' }],
      [{ id: 'agreement', since: '2026-08-01' }],
    ],
    [
      'an emptied agreement with no meetings is no mentorship',
      [],
      { version: 1 as const, fields: { purpose: '  ' }, updatedAt: '2026-11-20T12:00:00.000Z' },
      [],
      [],
    ],
  ])('%s', (_, contacts, agreement, meetings, expected) => {
    expect(relationships(contacts, agreement, meetings)).toEqual(expected);
  });
});
