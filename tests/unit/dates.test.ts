/** Which texts are real calendar dates, and the schema every stored date goes through. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  DATE_MAX,
  DATE_MIN,
  addDays,
  calendarDate,
  calendarDateMessage,
  isCalendarDate,
  localDay,
  today,
} from '~/lib/dates';
import { recoveredFile } from '~/lib/stores/storage-views';
import { tableTest } from '../support/table';

describe('isCalendarDate', () => {
  test.each([
    ['2026-11-24', true],
    ['2024-02-29', true], // a leap year
    ['2000-02-29', true], // divisible by 400: a leap year
    ['2025-02-28', true],
    ['2026-12-31', true],
    ['2026-04-30', true],
    [DATE_MIN, true],
    [DATE_MAX, true],
    ['2025-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not 400: not a leap year
    ['2026-04-31', false], // April has 30 days
    ['2026-13-01', false],
    ['2026-13-45', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['20260-01-01', false], // a five-digit year typed into a date field
    ['1899-12-31', false], // before the range
    ['2200-01-01', false], // after it
    ['2026-1-5', false],
    ['2026-11-24T10:00:00Z', false],
    [' 2026-11-24', false],
    ['2026/11/24', false],
    ['soon', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  test.each([null, undefined, 20261124, new Date('2026-11-24')])(
    '%j (not a string) is no date',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe('calendarDate schema', () => {
  test('takes a real date as it is', () => {
    expect(calendarDate.parse('2024-02-29')).toBe('2024-02-29');
  });

  test.each(['2026-13-45', '20260-01-01', '2025-02-29', '1899-12-31', ''])(
    '%j fails with a message that says why',
    (text) => {
      const result = calendarDate.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(calendarDateMessage);
    },
  );

  test('the message names the range', () => {
    expect(calendarDateMessage).toBe('not a real calendar date between 1900 and 2199');
  });
});

describe('day arithmetic never throws', () => {
  tableTest('%j plus %s days -> %j', addDays, [
    ['2026-12-28', 7, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-13-45', 1, ''],
    ['', 1, ''],
    ['2026-01-01', 1e12, ''],
  ]);

  test('a damaged timestamp has no local day', () => {
    expect(localDay('yesterday')).toBe('');
  });
});

describe('"today" is the local date, near midnight too', () => {
  // 22:30 on 29 November in New York is already 30 November in UTC.
  const lateEvening = '2026-11-30T03:30:00.000Z';
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  test('today and localDay give the date on the wall', () => {
    expect(today(new Date(lateEvening))).toBe('2026-11-29');
    expect(localDay(lateEvening)).toBe('2026-11-29');
  });

  test('a set-aside value downloads under the local date', () => {
    const entry = { key: 'k', store: 'plan', at: lateEvening, reason: 'r', raw: '{' };
    expect(recoveredFile(entry).name).toBe('medmentor-recovered-plan-2026-11-29.txt');
  });
});
