/**
 * An exported "my expectations" file or link, version 1:
 * `{ format: 'medmentor-expectations', version: 1, role, firstName?, answers }`, strict: only
 * topics and answers this version knows (src/lib/expectations/topics.ts), no unknown keys, and
 * never a private note (the goals' note stays on the device). A file that fails is refused
 * whole, with a message; nothing changes.
 */
import * as z from 'zod/mini';
import { topicById } from '../expectations/topics';
import { closedObject, trimmed } from './checks';
import {
  expectationChoices,
  expectationId,
  expectationLimits,
  expectationNote,
  expectationRoles,
} from './expectations';

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

/** The first name in a file: optional text of 1..40 characters, no space at either end. */
const firstName = z
  .string()
  .check(trimmed, z.minLength(1), z.maxLength(expectationLimits.firstName));

/** An exported "my expectations" file or link, version 1. */
export const expectationsFileSchema = closedObject({
  format: z.literal('medmentor-expectations'),
  version: z.literal(1),
  role: z.enum(expectationRoles),
  /** Only when the person typed one in. */
  firstName: z.optional(firstName),
  answers: z
    .record(
      expectationId,
      closedObject({
        choices: expectationChoices,
        /** Absent when empty, and always absent for a topic whose note stays on the device. */
        note: z.optional(expectationNote.check(z.minLength(1))),
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
