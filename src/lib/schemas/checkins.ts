/**
 * Mentorship check-ins, stored at `medmentor:checkins`. Private, on this device only.
 *
 * Version 1: `{ version: 1, checkIns: CheckIn[], snoozedUntil | null, dismissedOn | null }`.
 * A check-in has the local day it was made, which relationship it was about (a mentor's id in
 * My network, or "agreement" for the mentoring agreement: it never leaves the device, and the
 * evaluation response file never includes it) and an answer from 1 (strongly disagree) to 5
 * (strongly agree) for each statement answered; a skipped statement has no answer.
 * `snoozedUntil` hides a due check-in until that day; `dismissedOn` is the day the person
 * dismissed this round, which counts like a check-in for when the next one is due.
 * Statement ids are fixed (src/lib/schemas/evaluation-response.ts); an id no longer known is
 * kept, not dropped, and simply not shown or counted.
 */
import * as z from 'zod/mini';
import { calendarDate as day } from '../dates';
import { atMost } from './checks';

/** The limits of the check-ins, defined once: characters, and items for lists. */
export const checkInLimits = {
  /** A check-in's id, and the relationship's (a network contact id, or "agreement"). */
  id: 80,
  /** The agree scale: 1 strongly disagree .. 5 strongly agree. */
  answerMin: 1,
  answerMax: 5,
  /** Answers in one check-in. */
  answers: 20,
  /** Check-ins kept (one every two months is 300 years). */
  checkIns: 2000,
} as const;

/**
 * The check-in statements' fixed ids, also those of the evaluation response format
 * (src/lib/schemas/evaluation-response.ts re-exports them). A program compares answers by these
 * ids across rounds and cohorts, so they never change meaning.
 */
export const checkInStatementIds = [
  'meet-as-planned',
  'expectations-aligned',
  'feel-heard',
  'making-progress',
  'would-recommend',
] as const;
export type CheckInStatementId = (typeof checkInStatementIds)[number];

/** An answer on the agree scale: 1 strongly disagree .. 5 strongly agree. */
export const checkInAnswerSchema = z
  .int()
  .check(z.minimum(checkInLimits.answerMin), atMost(checkInLimits.answerMax));

const id = z.string().check(z.minLength(1), z.maxLength(checkInLimits.id));

export const checkInSchema = z.object({
  id,
  /** The local calendar day it was made. */
  day,
  /** A mentor's id in My network, or "agreement". */
  relationship: id,
  /** Statement id -> 1..5; skipped statements are left out. */
  answers: z
    .record(id, checkInAnswerSchema)
    .check(
      z.refine(
        (a) => Object.keys(a).length <= checkInLimits.answers,
        `at most ${checkInLimits.answers} answers`,
      ),
    ),
  createdAt: z.iso.datetime(),
});

export const checkInsSchema = z.object({
  version: z.literal(1),
  /** Oldest first. */
  checkIns: z.array(checkInSchema).check(z.maxLength(checkInLimits.checkIns)),
  /** A due check-in is not shown before this day; null: not snoozed. */
  snoozedUntil: z.nullable(day),
  /** The day the person dismissed the last round; null: never. */
  dismissedOn: z.nullable(day),
});

export type CheckIn = z.infer<typeof checkInSchema>;
export type CheckIns = z.infer<typeof checkInsSchema>;
