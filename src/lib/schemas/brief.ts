/**
 * What a person writes in the meeting brief (`medmentor:brief`): their first name, to sign what
 * they send their mentor, and the questions they want to talk about. The goals and results it
 * shows come from the plan and the self-assessments; only the typing is kept here.
 *
 * Version 1: `{ version: 1, name: string, questions: string, updatedAt: string | null }`.
 * `questions` holds one question a line, as typed.
 */
import * as z from 'zod/mini';

/** The limits of the brief, defined once (characters); inputs and the share link take theirs here. */
export const briefLimits = {
  /** The first name the person signs with (also the cap of `from` in a share link). */
  name: 80,
  /** All the questions, one a line. */
  questions: 4000,
} as const;

export const briefSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** The person's first name, or "" when they give none. */
  name: z.string().check(z.maxLength(briefLimits.name)),
  /** Questions for the mentor, one a line; "" when none. */
  questions: z.string().check(z.maxLength(briefLimits.questions)),
  /** When the person last typed here; null when never. */
  updatedAt: z.nullable(z.iso.datetime()),
});

export type Brief = z.infer<typeof briefSchema>;
