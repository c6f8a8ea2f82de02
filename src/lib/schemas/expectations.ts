/**
 * "Our expectations": what a mentor or a mentee expects of the mentorship, answered on their
 * own device as fixed answer ids (src/lib/expectations/topics.ts) with an optional short note.
 *
 * Stored (`medmentor:expectations`), version 1:
 * `{ version: 1, role: 'mentee' | 'mentor' | null, firstName, answers: { [topic]: Answer },
 * updatedAt | null }`. Topics or answers this version does not know (from a newer topic list)
 * are kept as they are and simply not shown.
 *
 * The exported file's schema is in expectations-file.ts (it checks answers against the topics,
 * so only the code that reads or writes files loads them).
 */
import * as z from 'zod/mini';
import { closedObject, matches } from './checks';

/** The limits of expectations, defined once; inputs, files and links take theirs from here. */
export const expectationLimits = {
  /** The optional note on one topic, in characters. */
  note: 300,
  /** The optional first name in an exported file, in characters. */
  firstName: 40,
  /** Answers chosen on one topic (the goals allow several). */
  choices: 10,
  /** Topics in one value. */
  topics: 40,
} as const;

/** Who fills in the expectations. */
export const expectationRoles = ['mentee', 'mentor'] as const;
export type ExpectationRole = (typeof expectationRoles)[number];

/** Topic and answer ids. */
export const expectationIdPattern = /^[a-z0-9-]{1,40}$/;
export const expectationId = z
  .string()
  .check(matches(expectationIdPattern, 'an id: a-z, 0-9 and "-", 1-40 characters'));
export const expectationNote = z.string().check(z.maxLength(expectationLimits.note));
/** The chosen answers' ids: 1..choices, each once. */
export const expectationChoices = z.array(expectationId).check(
  z.minLength(1),
  z.maxLength(expectationLimits.choices),
  z.refine((list) => new Set(list).size === list.length, 'each answer once'),
);

/** One topic's answer as stored: the chosen answer ids (one, or several for the goals), a note. */
export const expectationAnswerSchema = closedObject({
  /** The chosen answers' ids; exactly one unless the topic allows several. */
  choices: expectationChoices,
  /** A short note in the person's words; "" when none. */
  note: expectationNote,
});

export const expectationsSchema = z.object({
  version: z.literal(1),
  /** Whether the person is the mentee or the mentor; null until chosen. */
  role: z.nullable(z.enum(expectationRoles)),
  /** A first name to put in an exported file, only if the person types one; "" when none. */
  firstName: z.string().check(z.maxLength(expectationLimits.firstName)),
  /** The answers by topic id; a topic not answered yet is absent. */
  answers: z
    .record(expectationId, expectationAnswerSchema)
    .check(z.refine((a) => Object.keys(a).length <= expectationLimits.topics, 'too many topics')),
  /** When the person last changed an answer (ISO), or null. */
  updatedAt: z.nullable(z.iso.datetime()),
});

export type Expectations = z.infer<typeof expectationsSchema>;
export type ExpectationAnswer = z.infer<typeof expectationAnswerSchema>;
