/**
 * The one way to show dates, numbers and sizes: Intl, in the locale passed in (the configured
 * language, which pages give islands as `locale`). Plural forms: src/i18n/plural.ts.
 */
import { pluralCount } from '../i18n/plural';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The date format for a locale and style, made once (a list can show hundreds of dates).
 * Calendar dates ("2026-11-24", stored without a time zone) are formatted in UTC; moments in
 * this device's time zone.
 */
function dates(locale: string, style: 'long' | 'medium', calendar: boolean, time = false) {
  const key = `${locale} ${style} ${calendar} ${time}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: style,
      ...(time ? { timeStyle: 'short' } : {}),
      ...(calendar ? { timeZone: 'UTC' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/** "November 24, 2026" in the given locale; dates are calendar dates, formatted in UTC. */
export function formatDate(date: Date, locale: string): string {
  return dates(locale, 'long', true).format(date);
}

/** Machine-readable calendar date for `<time datetime>`: "2026-11-24". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
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
  return calendarDay.test(day) ? formatDate(new Date(`${day}T00:00:00Z`), locale) : day;
}

/** "November 24, 2026": the day a moment (an ISO timestamp) fell on, in this device's time zone. */
export function formatTimestamp(iso: string, locale: string): string {
  return dates(locale, 'long', false).format(new Date(iso));
}

/** "November 24, 2026 at 3:05 PM": a moment with its time, in this device's time zone. */
export function formatDateTime(iso: string, locale: string): string {
  return dates(locale, 'long', false, true).format(new Date(iso));
}

/** "1,234" or "2.5": a number in the locale, with at most `decimals` decimals. */
export function formatNumber(n: number, locale: string, decimals = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(n);
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
  return calendarDay.test(day)
    ? dates(locale, 'medium', true).format(new Date(`${day}T00:00:00Z`))
    : day;
}
