import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatMinutes,
  formatShortDay,
  formatTimestamp,
  isoDate,
} from '~/lib/format';
import { tableTest } from '../support/table';

describe('formatMinutes', () => {
  tableTest('%i -> %s', formatMinutes, [
    [5, '5 min'],
    [59, '59 min'],
    [60, '1 h'],
    [65, '1 h 5 min'],
    [135, '2 h 15 min'],
  ]);
});

describe('dates', () => {
  const date = new Date('2026-11-24T00:00:00Z');
  tableTest('formatDate in %s', (locale: string) => formatDate(date, locale), [
    ['en-US', 'November 24, 2026'],
    ['en-GB', '24 November 2026'],
  ]);
  test('isoDate gives the calendar date', () => {
    expect(isoDate(date)).toBe('2026-11-24');
  });
});

describe('formatShortDay', () => {
  tableTest('%s in %s -> %s', formatShortDay, [
    ['2026-11-24', 'en-US', 'Nov 24, 2026'],
    ['2026-11-24', 'en-GB', '24 Nov 2026'],
    ['2027-01-01', 'en-US', 'Jan 1, 2027'],
    // The calendar date, whatever the device's time zone: no day earlier west of UTC.
    ['2026-12-31', 'en-US', 'Dec 31, 2026'],
    // Anything that is not a calendar date is shown as it is.
    ['soon', 'en-US', 'soon'],
  ]);
});

describe('formatting never throws', () => {
  // A bad value is shown as the text it is ('' for a Date object), never a RangeError.
  test.each(['2026-13-45', '20260-01-01', '2025-02-29', '2026-00-10', '', 'yesterday'])(
    'calendar day %j: shown as it is',
    (day) => {
      expect(formatDay(day, 'en-US')).toBe(day);
      expect(formatShortDay(day, 'en-US')).toBe(day);
    },
  );

  test.each(['yesterday', '2026-13-45T10:00:00Z', '', '+999999-01-01T00:00:00Z'])(
    'timestamp %j: shown as it is',
    (iso) => {
      expect(formatTimestamp(iso, 'en-US')).toBe(iso);
      expect(formatDateTime(iso, 'en-US')).toBe(iso);
    },
  );

  test('an invalid Date object gives no text', () => {
    const invalid = new Date('2026-13-45');
    expect(formatDate(invalid, 'en-US')).toBe('');
    expect(isoDate(invalid)).toBe('');
  });

  test('real dates are still formatted', () => {
    expect(formatDay('2024-02-29', 'en-US')).toBe('February 29, 2024');
    expect(formatTimestamp('2026-11-24T12:00:00Z', 'en-US')).toMatch(/November 2[45], 2026/);
  });
});
