/** Locale-aware formatting for dates and durations, using the configured language. */

/** "November 24, 2026" in the given locale; dates are calendar dates, formatted in UTC. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
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
