/**
 * Calendar dates ("2026-11-24"), the one date module: which texts are real dates (and the
 * schema that checks them), today in the person's time zone, day arithmetic, urgency.
 */
import * as z from 'zod/mini';

/** Today's date in the person's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const moment = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  // An impossible date gives no date, rather than a RangeError in the middle of a page.
  return Number.isNaN(moment.getTime()) ? '' : moment.toISOString().slice(0, 10);
}

export type Urgency = 'overdue' | 'soon' | 'later' | 'none';

/** Overdue before today; soon from today to 14 days ahead; later after that. */
export function urgency(date: string | null, todayDate: string, soonDays = 14): Urgency {
  if (!date) return 'none';
  const days = daysBetween(todayDate, date);
  if (days < 0) return 'overdue';
  return days <= soonDays ? 'soon' : 'later';
}

/** The calendar date, in the person's time zone, of a moment given as ISO 8601 ("2026-11-29T23:30:00Z"). */
export function localDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : today(new Date(time));
}

/** The earliest calendar date the tools accept (a birth year, an old meeting). */
export const DATE_MIN = '1900-01-01';
/** The latest calendar date the tools accept (a far target date, not a typo like "20260"). */
export const DATE_MAX = '2199-12-31';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `s` is a real calendar date "YYYY-MM-DD" from DATE_MIN to DATE_MAX: month 1 to 12,
 * a day that month has (29 February only in leap years). "2026-13-45" and "20260-01-01" are not.
 */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const parts = shape.exec(s);
  if (!parts || s < DATE_MIN || s > DATE_MAX) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= length;
}

/** What a schema says of a date that is not one. */
export const calendarDateMessage = `not a real calendar date between ${DATE_MIN.slice(0, 4)} and ${DATE_MAX.slice(0, 4)}`;

/**
 * The schema of a calendar date, for every stored date the person picks (due dates, meetings,
 * follow-ups): checked on reading, on saving and on import, so formatters and .ics only see
 * real dates.
 */
export const calendarDate = z
  .string()
  .check(z.refine((s) => isCalendarDate(s), { message: calendarDateMessage }));
