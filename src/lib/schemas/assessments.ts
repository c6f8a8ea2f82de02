/**
 * Self-assessment answers and results, stored at `medmentor:assessments`.
 *
 * Version 1:
 * `{ version: 1, drafts: { [instrument]: Draft }, attempts: Attempt[] }`
 * - A draft is an attempt in progress: the step (domain) the person is on, their answers by item
 *   id, and optional notes by domain id. It is saved on every change, so a closed tab resumes.
 * - An attempt is a completed self-assessment: its answers and notes, plus a snapshot of the
 *   results (domain names, scores, the two ends) so history and sharing still read well if the
 *   instrument changes later. Results pages re-score the answers against the current instrument:
 *   answers to removed items are ignored and new items show as unanswered.
 */
import * as z from 'zod/mini';

/** The limits of stored self-assessments, defined once (characters); inputs take theirs here. */
export const assessmentLimits = {
  /** A note on one domain, in a draft or an attempt. */
  note: 5000,
  /** Ids, titles and names copied from the instrument. */
  short: 200,
} as const;

const iso = z.iso.datetime();
const shortText = z.string().check(z.maxLength(assessmentLimits.short));
const note = z.string().check(z.maxLength(assessmentLimits.note));
const answer = z.union([z.int(), z.literal('not-sure')]);

export const draftSchema = z.object({
  /** Framework pack in use when the draft was started ("none" for single-pack instruments). */
  framework: shortText,
  /** Index of the current domain step (0 = first). */
  step: z.int().check(z.minimum(0)),
  answers: z.record(z.string(), answer),
  /** Free-text notes by domain id. */
  notes: z.record(z.string(), note),
  startedAt: iso,
  updatedAt: iso,
});

export const attemptSchema = z.object({
  id: shortText,
  instrument: shortText,
  framework: shortText,
  /** Instrument title when completed. */
  title: shortText,
  completedAt: iso,
  answers: z.record(z.string(), answer),
  notes: z.record(z.string(), note),
  /** Results at completion, in domain order. */
  results: z.array(
    z.object({
      domain: shortText,
      name: shortText,
      score: z.nullable(z.number()),
      mean: z.nullable(z.number()),
    }),
  ),
  /** Domain ids at each end at completion. */
  high: z.array(shortText),
  low: z.array(shortText),
  highTitle: shortText,
  lowTitle: shortText,
});

export const assessmentsSchema = z.object({
  version: z.literal(1),
  drafts: z.record(z.string(), draftSchema),
  attempts: z.array(attemptSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AssessmentsState = z.infer<typeof assessmentsSchema>;
