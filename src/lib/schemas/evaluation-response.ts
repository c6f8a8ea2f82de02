/**
 * The evaluation response file a person may give their program: `medmentor-evaluation-<cohort>-
 * <round>-<YYYY-MM>.json`. It is made on the person's device from their own stores, shown to them
 * in full before they save it, and holds only ids, bands, 1-5 answers, counts and a month: never
 * free text, names, mentors' identities, emails, ids of records, or dates finer than the month.
 * Unknown keys are rejected, so a file that carries anything else does not validate.
 *
 * Version 1 (docs/evaluation-response.md):
 * `{ format, version: 1, cohort, round, month, assessments: [{ instrument, framework, bands }],
 *    checkIn: { <statement id>: 1..5 } | null, activity: { goalsSet, goalsCompleted, meetingsLogged } }`
 */
import * as z from 'zod/mini';
import { atMost, closedObject, matches } from './checks';
import { checkInAnswerSchema, checkInStatementIds } from './checkins';

/** The `format` field, so a program's tools can tell this file from any other JSON. */
export const evaluationResponseFormat = 'medmentor-evaluation-response';

/** The current version of the format; a change to the fields makes a new version. */
export const evaluationResponseVersion = 1;

/** When in the program the response is made: before it starts, in the middle, at the end. */
export const evaluationRounds = ['before', 'middle', 'end'] as const;
export type EvaluationRound = (typeof evaluationRounds)[number];

/**
 * The check-in statements' fixed ids (wording in src/lib/checkins/statements.ts), defined with
 * the check-in store's schema so every page that lists stores does not load this one.
 */
export { checkInStatementIds, type CheckInStatementId } from './checkins';

/** The framework an instrument uses; "none" for instruments without a framework pack. */
export const evaluationFrameworks = ['none', 'aamc', 'acgme', 'canmeds'] as const;

/** The limits of a response, defined once. */
export const evaluationResponseLimits = {
  /** Characters of an id (instrument, area, band). */
  id: 60,
  /** Characters of the cohort code. */
  cohort: 40,
  /** Self-assessments in one response. */
  assessments: 10,
  /** Areas (domains) of one self-assessment. */
  areas: 20,
  goals: 1000,
  meetings: 5000,
} as const;
/** Alias of {@link evaluationResponseLimits}, the name the brief gives. */
export const limits = evaluationResponseLimits;

/** An id: lowercase letters, digits and hyphens, 1-60 characters. Free text cannot pass. */
export const evaluationIdPattern = /^[a-z0-9-]{1,60}$/;
/** A cohort code: 1-40 letters, digits, spaces, "-", "_" or ".". */
export const cohortPattern = /^[A-Za-z0-9 _.-]{1,40}$/;
/** A month, "YYYY-MM" (01-12), nothing finer. */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

const id = z
  .string()
  .check(matches(evaluationIdPattern, 'an id: a-z, 0-9 and "-", 1-60 characters'));
const count = (max: number) => z.int().check(z.minimum(0), atMost(max));

/** One self-assessment: the latest attempt's band in each area, by id. */
export const evaluationAssessmentSchema = closedObject({
  /** The instrument id, e.g. "mentoring-needs". */
  instrument: id,
  framework: z.enum(evaluationFrameworks),
  /** Area (domain) id -> band id, 1..20 areas. */
  bands: z.record(id, id).check(
    z.refine((b) => {
      const n = Object.keys(b).length;
      return n >= 1 && n <= evaluationResponseLimits.areas;
    }, `1 to ${evaluationResponseLimits.areas} areas`),
  ),
});

/** The latest check-in's answers by statement id; a skipped statement is left out. */
export const evaluationCheckInSchema = z.partialRecord(
  z.enum(checkInStatementIds),
  checkInAnswerSchema,
);

export const evaluationActivitySchema = closedObject({
  goalsSet: count(evaluationResponseLimits.goals),
  goalsCompleted: count(evaluationResponseLimits.goals),
  meetingsLogged: count(evaluationResponseLimits.meetings),
});

/** The whole file. */
export const evaluationResponseSchema = closedObject({
  format: z.literal(evaluationResponseFormat),
  version: z.literal(evaluationResponseVersion),
  cohort: z
    .string()
    .check(matches(cohortPattern, 'a cohort code: 1-40 letters, digits, spaces, "-", "_" or "."')),
  round: z.enum(evaluationRounds),
  month: z.string().check(matches(monthPattern, 'a month such as "2026-11"')),
  assessments: z
    .array(evaluationAssessmentSchema)
    .check(z.maxLength(evaluationResponseLimits.assessments)),
  checkIn: z.nullable(evaluationCheckInSchema),
  activity: evaluationActivitySchema,
});
export type EvaluationResponse = z.infer<typeof evaluationResponseSchema>;

/** The file name: `medmentor-evaluation-<cohort>-<round>-<YYYY-MM>.json` (spaces in the cohort as "-"). */
export function evaluationResponseFileName(
  r: Pick<EvaluationResponse, 'cohort' | 'round' | 'month'>,
): string {
  const cohort = r.cohort.trim().replace(/\s+/g, '-');
  return `medmentor-evaluation-${cohort}-${r.round}-${r.month}.json`;
}
