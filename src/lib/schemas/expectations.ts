/**
 * "Our expectations": what a mentor or a mentee expects of the mentorship, answered on their
 * own device as fixed answer ids (src/lib/expectations/topics.ts) with an optional short note.
 *
 * Stored (`medmentor:expectations`), version 1:
 * `{ version: 1, role: 'mentee' | 'mentor' | null, firstName, answers: { [topic]: Answer },
 * updatedAt | null }`. Topics or answers this version does not know (from a newer topic list)
 * are kept as they are and simply not shown.
 *
 * Exported (a file or a link), version 1:
 * `{ format: 'medmentor-expectations', version: 1, role, firstName?, answers }`, strict: only
 * topics and answers this version knows, no unknown keys, and never a private note (the goals'
 * note stays on the device). A file that fails is refused whole, with a message; nothing changes.
 */
import * as z from 'zod/mini';
import { expectationTopics, topicById } from '../expectations/topics';

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

const idPattern = /^[a-z0-9-]{1,40}$/;
const id = z.string().check(z.regex(idPattern, 'an id: a-z, 0-9 and "-", 1-40 characters'));
const note = z.string().check(z.maxLength(expectationLimits.note));
const choices = z.array(id).check(
  z.minLength(1),
  z.maxLength(expectationLimits.choices),
  z.refine((list) => new Set(list).size === list.length, 'each answer once'),
);

/** One topic's answer as stored: the chosen answer ids (one, or several for the goals), a note. */
export const expectationAnswerSchema = z.strictObject({
  /** The chosen answers' ids; exactly one unless the topic allows several. */
  choices,
  /** A short note in the person's words; "" when none. */
  note,
});

export const expectationsSchema = z.object({
  version: z.literal(1),
  /** Whether the person is the mentee or the mentor; null until chosen. */
  role: z.nullable(z.enum(expectationRoles)),
  /** A first name to put in an exported file, only if the person types one; "" when none. */
  firstName: z.string().check(z.maxLength(expectationLimits.firstName)),
  /** The answers by topic id; a topic not answered yet is absent. */
  answers: z
    .record(id, expectationAnswerSchema)
    .check(z.refine((a) => Object.keys(a).length <= expectationLimits.topics, 'too many topics')),
  /** When the person last changed an answer (ISO), or null. */
  updatedAt: z.nullable(z.iso.datetime()),
});

export type Expectations = z.infer<typeof expectationsSchema>;
export type ExpectationAnswer = z.infer<typeof expectationAnswerSchema>;

/** Whether every topic and answer id is one this version knows, with one answer where one is asked. */
function knownAnswers(answers: Record<string, { choices: string[] }>): boolean {
  return Object.entries(answers).every(([topicId, answer]) => {
    const topic = topicById(topicId);
    return (
      !!topic &&
      (topic.multiple || answer.choices.length === 1) &&
      answer.choices.every((choice) => topic.options.some((o) => o.id === choice))
    );
  });
}

/** The first name in a file: optional, trimmed text of 1..40 characters. */
const firstName = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(expectationLimits.firstName));

/** An exported "my expectations" file or link, version 1. */
export const expectationsFileSchema = z.strictObject({
  format: z.literal('medmentor-expectations'),
  version: z.literal(1),
  role: z.enum(expectationRoles),
  /** Only when the person typed one in. */
  firstName: z.optional(firstName),
  answers: z
    .record(
      id,
      z.strictObject({
        choices,
        /** Absent when empty, and always absent for a topic whose note stays on the device. */
        note: z.optional(note.check(z.minLength(1))),
      }),
    )
    .check(
      z.refine(knownAnswers, 'a topic or an answer this version does not know'),
      z.refine(
        (a) => Object.entries(a).every(([t, x]) => !(topicById(t)?.notePrivate && x.note)),
        'a note that stays on the device',
      ),
    ),
});

export type ExpectationsFile = z.infer<typeof expectationsFileSchema>;

/** The ids of the topics, in order (for tests and for listing). */
export const expectationTopicIds = expectationTopics.map((t) => t.id);
