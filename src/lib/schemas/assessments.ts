/**
 * Self-assessment answers and results, stored at `medmentor:assessments`.
 *
 * Version 2:
 * `{ version: 2, drafts: { [instrument]: Draft }, attempts: Attempt[] }`
 * - A draft is an attempt in progress: the step (domain) the person is on, their answers by item
 *   id, and optional notes by domain id. It is saved on every change, so a closed tab resumes.
 * - An attempt is a completed self-assessment: its answers and notes, plus a snapshot of the
 *   results (domain names, scores, answers counted, and each area's band) and of the
 *   instrument's bands, so history, the brief, the home page and sharing still read well if the
 *   instrument changes later. Results pages re-score the answers against the current instrument:
 *   answers to removed items are ignored and new items show as unanswered.
 *
 * Version 1 had no bands: each attempt named its highest and lowest areas by rank (`high`,
 * `low`, `highTitle`, `lowTitle`). `migrateV1` places each area in a band from its score instead
 * (see there), so an old attempt can no longer say the opposite of what was answered.
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

/** A band as the instrument defined it at completion. */
export const attemptBandSchema = z.object({
  id: shortText,
  /** Words after an area's name, e.g. "A strong need". */
  label: shortText,
  /** Heading over the band's areas, e.g. "Your strongest needs". */
  heading: shortText,
  /** Next steps come from focus bands. */
  focus: z.boolean(),
});

export const attemptSchema = z.object({
  id: shortText,
  instrument: shortText,
  framework: shortText,
  /** Instrument title when completed. */
  title: shortText,
  /** Who the results speak to. */
  audience: z.enum(['mentee', 'mentor']),
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
      /** Statements answered with a value (null: completed before answers were counted). */
      answered: z.nullable(z.int()),
      /** The area's band id; null when there was not enough to go on. */
      band: z.nullable(shortText),
    }),
  ),
  /** The instrument's bands at completion, highest first. */
  bands: z.array(attemptBandSchema).check(z.maxLength(10)),
  /** Whether every scored area's average was within the instrument's `closeTo` of the others. */
  close: z.boolean(),
});

export const assessmentsSchema = z.object({
  version: z.literal(2),
  drafts: z.record(z.string(), draftSchema),
  attempts: z.array(attemptSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type AttemptBand = z.infer<typeof attemptBandSchema>;
export type AssessmentsState = z.infer<typeof assessmentsSchema>;

/**
 * The bands version 1 attempts get. Version 1 instruments all shipped with these cuts: on a 1 to
 * 5 scale, 3.5 and up is the top band and under 2.5 the bottom one, which is 62.5 and 37.5 on the
 * 0 to 100 score every attempt stored. The needs instrument and the strengths instruments had
 * these words; any other instrument gets neutral ones.
 */
const v1Bands: Record<string, { id: string; label: string; heading: string; focus: boolean }[]> = {
  needs: [
    { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
    { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
    { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
  ],
  strengths: [
    { id: 'strength', label: 'A strength', heading: 'Your strengths', focus: false },
    { id: 'developing', label: 'Developing', heading: 'Still developing', focus: true },
    { id: 'growth-area', label: 'A growth area', heading: 'Your growth areas', focus: true },
  ],
  other: [
    { id: 'higher', label: 'Higher', heading: 'Higher', focus: false },
    { id: 'middle', label: 'In the middle', heading: 'In the middle', focus: true },
    { id: 'lower', label: 'Lower', heading: 'Lower', focus: true },
  ],
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Version 1 to 2: each attempt's ranked ends (`high`, `low` and their titles) are replaced by a
 * band per area, worked out from the stored score with the version 1 cuts, and the bands
 * themselves. Answers were not counted then (`answered: null`), so no old area is called "not
 * enough to go on". Anything else is passed on for the schema to judge.
 */
export function migrateV1(old: unknown): unknown {
  const value = record(old);
  const attempts = Array.isArray(value.attempts) ? value.attempts : [];
  return {
    ...value,
    version: 2,
    attempts: attempts.map((raw) => {
      const { high: _high, low: _low, highTitle: _ht, lowTitle: _lt, ...attempt } = record(raw);
      const kind =
        attempt.instrument === 'mentoring-needs'
          ? 'needs'
          : attempt.instrument === 'clinical-strengths' ||
              attempt.instrument === 'mentor-self-assessment'
            ? 'strengths'
            : 'other';
      const bands = v1Bands[kind] ?? [];
      const results = Array.isArray(attempt.results) ? attempt.results : [];
      return {
        ...attempt,
        audience: attempt.instrument === 'mentor-self-assessment' ? 'mentor' : 'mentee',
        results: results.map((r) => {
          const result = record(r);
          const score = typeof result.score === 'number' ? result.score : null;
          const at = score === null ? -1 : score >= 62.5 ? 0 : score >= 37.5 ? 1 : 2;
          return { ...result, answered: null, band: bands[at]?.id ?? null };
        }),
        bands,
        close: false,
      };
    }),
  };
}
