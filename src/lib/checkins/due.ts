/**
 * When a mentorship check-in is due. The first is offered one month after the mentorship began
 * (the earliest of: a mentor added to My network, or the mentoring agreement started); then
 * every two months after the last check-in, or after the day the person dismissed a round. A
 * snooze hides a due check-in until its day. Pure: the stores pass in what they hold.
 */

/** The relationship a check-in is about when it is the mentoring agreement's (and meeting log's). */
export const AGREEMENT_RELATIONSHIP = 'agreement';

/** Months from the start of a mentorship to the first check-in. */
export const FIRST_AFTER_MONTHS = 1;
/** Months from one check-in (or a dismissed round) to the next. */
export const EVERY_MONTHS = 2;
/** Days a snooze lasts. */
export const SNOOZE_DAYS = 7;

/**
 * The calendar date `months` after `date`, on the same day of the month or the month's last day
 * ("2026-01-31" + 1 month = "2026-02-28").
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export interface DueInput {
  /** Calendar days mentorships began (mentors added, the agreement started), any order. */
  starts: readonly string[];
  /** Calendar days of past check-ins, any order. */
  checkIns: readonly string[];
  /** The day the last round was dismissed, or null. */
  dismissedOn: string | null;
  /** A due check-in is hidden before this day, or null. */
  snoozedUntil: string | null;
  today: string;
}

export interface Due {
  /** Whether to offer a check-in today. */
  due: boolean;
  /** The day the next check-in is (or was) due; null: no mentorship yet. */
  dueOn: string | null;
}

const latest = (days: readonly (string | null)[]) =>
  days
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;

export function checkInDue(input: DueInput): Due {
  const start = [...input.starts].filter(Boolean).sort()[0];
  if (!start) return { due: false, dueOn: null };
  const last = latest([...input.checkIns, input.dismissedOn]);
  const dueOn = last ? addMonths(last, EVERY_MONTHS) : addMonths(start, FIRST_AFTER_MONTHS);
  const snoozed = input.snoozedUntil !== null && input.today < input.snoozedUntil;
  return { due: input.today >= dueOn && !snoozed, dueOn };
}
