/** Calendar dates ("2026-11-24"): today in the person's time zone, day arithmetic, urgency. */

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
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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
