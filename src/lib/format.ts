/**
 * The one way to show dates, numbers and sizes: Intl, in the locale passed in (the configured
 * language, which pages give islands as `locale`). Plural forms: src/i18n/plural.ts.
 * Formatting never throws: a date that is no date (an impossible "2026-13-45", a damaged
 * timestamp) is shown as the text it is, so one bad value never blanks a tool.
 */
import { pluralCount } from '../i18n/plural';
import { isCalendarDate } from './dates';

/** Intl formats, made once each: a list can show hundreds of dates, a keystroke many counts. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const made = <F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F => {
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
};

/**
 * The date format for a locale and style. Calendar dates ("2026-11-24", stored without a time
 * zone) are formatted in UTC; moments in this device's time zone.
 */
const dates = (locale: string, style: 'long' | 'medium', calendar: boolean, time = false) =>
  made(
    `${locale} ${style} ${calendar} ${time}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: style,
        ...(time ? { timeStyle: 'short' } : {}),
        ...(calendar ? { timeZone: 'UTC' } : {}),
      }),
  );

/** `time` in `format`, or `fallback` when it is no moment (where Intl would throw a RangeError). */
function formatTime(format: Intl.DateTimeFormat, time: number, fallback: string): string {
  return Number.isNaN(time) ? fallback : format.format(time);
}

/** "November 24, 2026" in the given locale; dates are calendar dates, formatted in UTC. */
export function formatDate(date: Date, locale: string): string {
  return formatTime(dates(locale, 'long', true), date.getTime(), '');
}

/** Machine-readable calendar date for `<time datetime>`: "2026-11-24" ('' for an invalid date). */
export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A real calendar date ("2026-11-24") formatted in `style`; any other text as it is. */
function formatCalendarDay(day: string, locale: string, style: 'long' | 'medium'): string {
  return isCalendarDate(day)
    ? dates(locale, style, true).format(Date.parse(`${day}T00:00:00Z`))
    : day;
}

/** "45 min" or "1 h 5 min": a reading or session time. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * "November 24, 2026" for a calendar date written "2026-11-24" (a due date, a meeting day);
 * any other text (a date typed by hand, an imported value) is returned as it is.
 */
export function formatDay(day: string, locale: string): string {
  return formatCalendarDay(day, locale, 'long');
}

/**
 * "November 24, 2026": the day a moment (an ISO timestamp) fell on, in this device's time zone;
 * text that is no moment is returned as it is.
 */
export function formatTimestamp(iso: string, locale: string): string {
  return formatTime(dates(locale, 'long', false), Date.parse(iso), iso);
}

/** "November 24, 2026 at 3:05 PM": a moment with its time, in this device's time zone. */
export function formatDateTime(iso: string, locale: string): string {
  return formatTime(dates(locale, 'long', false, true), Date.parse(iso), iso);
}

/** "1,234" or "2.5": a number in the locale, with at most `decimals` decimals. */
export function formatNumber(n: number, locale: string, decimals = 0): string {
  return made(
    `${locale} ${decimals}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }),
  ).format(n);
}

/** "512 bytes", "3.4 KB" or "6.2 MB": a size, in units of 1,024. */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) {
    return pluralCount(locale, bytes, { one: '{n} byte', other: '{n} bytes' });
  }
  const mb = bytes >= 1024 * 1024;
  return `${formatNumber(bytes / (mb ? 1024 * 1024 : 1024), locale, 1)} ${mb ? 'MB' : 'KB'}`;
}

/**
 * The site language where no `locale` can be passed in (a store's description of its data):
 * the page's `lang`, which BaseLayout sets from the configuration; "en" outside a browser.
 */
export function pageLocale(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

/**
 * "Nov 24, 2026": the short form of `formatDay`, for lists and due dates where a long month
 * would crowd a phone screen. Formats are kept per locale, as a list can have hundreds.
 */
export function formatShortDay(day: string, locale: string): string {
  return formatCalendarDay(day, locale, 'medium');
}
