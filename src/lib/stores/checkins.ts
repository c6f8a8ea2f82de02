/**
 * The mentorship check-ins (schema: src/lib/schemas/checkins.ts; when one is due:
 * src/lib/checkins/due.ts) and what a person can do with them: save one, delete one (with undo),
 * snooze or dismiss a due round. Every action returns whether it was saved.
 */
import { SNOOZE_DAYS } from '../checkins/due';
import { addDays, today as currentDay } from '../dates';
import { newId } from '../id';
import {
  checkInSchema,
  checkInsSchema,
  checkInStatementIds,
  type CheckIn,
  type CheckIns,
  type CheckInStatementId,
} from '../schemas/checkins';
import { defineStore } from '../storage/define';
import { countOrNothing, firstVersion } from './definition-parts';
import { createDataStore } from './meta';
import { putBack } from './undo';

export const checkInsDefinition = defineStore<CheckIns>({
  ...firstVersion('checkins', checkInsSchema, {
    version: 1,
    checkIns: [],
    snoozedUntil: null,
    dismissedOn: null,
  }),
  items: [
    { field: 'checkIns', schema: checkInSchema, noun: { one: 'check-in', other: 'check-ins' } },
  ],
  describe: (c) =>
    countOrNothing(c.checkIns.length, { one: '{n} check-in', other: '{n} check-ins' }),
  // Check-ins from two devices: every one is kept (by id), oldest first; the later snooze and
  // dismissal win.
  merge: (current, incoming) => {
    const byId = new Map(current.checkIns.map((c) => [c.id, c]));
    for (const c of incoming.checkIns) if (!byId.has(c.id)) byId.set(c.id, c);
    const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
    return {
      version: 1,
      checkIns: sortCheckIns([...byId.values()]),
      snoozedUntil: later(current.snoozedUntil, incoming.snoozedUntil),
      dismissedOn: later(current.dismissedOn, incoming.dismissedOn),
    };
  },
});

export const checkIns = createDataStore(checkInsDefinition);

/** Oldest first, by day then by when it was saved. */
export function sortCheckIns(list: readonly CheckIn[]): CheckIn[] {
  return [...list].sort(
    (a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** The latest check-in, or null. */
export function latestCheckIn(state: CheckIns): CheckIn | null {
  return sortCheckIns(state.checkIns).at(-1) ?? null;
}

/** Only the known statements' answers, 1 to 5, in the statements' order. */
export function knownAnswers(
  answers: Readonly<Record<string, number>>,
): Partial<Record<CheckInStatementId, number>> {
  const known: Partial<Record<CheckInStatementId, number>> = {};
  for (const id of checkInStatementIds) {
    const value = answers[id];
    if (Number.isInteger(value) && value !== undefined && value >= 1 && value <= 5) {
      known[id] = value;
    }
  }
  return known;
}

export const checkInActions = {
  /**
   * Saves a check-in about `relationship` (a mentor's id, or "agreement") with the answers given
   * (skipped statements left out). Returns its id, or null when it was not saved (nothing
   * answered, or the browser refused it). A snooze or dismissal ends with it.
   */
  save(relationship: string, answers: Record<string, number>, now = new Date()): string | null {
    const known = knownAnswers(answers);
    if (Object.keys(known).length === 0) return null;
    const entry: CheckIn = {
      id: newId(now.getTime()),
      day: currentDay(now),
      relationship,
      answers: known,
      createdAt: now.toISOString(),
    };
    const saved = checkIns.update((c) => ({
      ...c,
      checkIns: sortCheckIns([...c.checkIns, entry]),
      snoozedUntil: null,
      dismissedOn: null,
    }));
    return saved ? entry.id : null;
  },
  /** Deletes a check-in; returns its undo, or null when there was none or it failed. */
  remove(id: string): (() => boolean) | null {
    const entry = checkIns.read().checkIns.find((c) => c.id === id);
    if (!entry) return null;
    const removed = checkIns.update((c) => ({
      ...c,
      checkIns: c.checkIns.filter((x) => x.id !== id),
    }));
    return removed
      ? putBack(checkIns, 'checkIns', entry, (l) => sortCheckIns([...l, entry]))
      : null;
  },
  /** Hides the due check-in for a week. */
  snooze(now = new Date()): boolean {
    return checkIns.update((c) => ({ ...c, snoozedUntil: addDays(currentDay(now), SNOOZE_DAYS) }));
  },
  /** Skips this round: the next check-in is due two months from today. */
  dismiss(now = new Date()): boolean {
    return checkIns.update((c) => ({ ...c, dismissedOn: currentDay(now), snoozedUntil: null }));
  },
};
