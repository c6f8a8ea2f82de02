/**
 * What a person can do with "Our expectations": answer (checked against the topics,
 * src/lib/expectations/topics.ts), and take the other person's answer for one topic. Every
 * action returns whether it was saved. The other person's answers are never stored: they are
 * read from a file or link into the comparison (expectations-exchange.ts) and only "Use their
 * answer" writes one topic into the person's own answers, with an undo.
 */
import { topicById } from '../expectations/topics';
import {
  expectationLimits,
  type ExpectationAnswer,
  type ExpectationRole,
  type Expectations,
} from '../schemas/expectations';
import type { ExpectationsFile } from '../schemas/expectations-file';
import { expectations } from './expectations';

const stamp = (e: Expectations, now: Date): Expectations => ({
  ...e,
  updatedAt: now.toISOString(),
});

export const expectationActions = {
  setRole: (role: ExpectationRole, now = new Date()) =>
    expectations.update((e) => stamp({ ...e, role }, now)),
  setFirstName: (name: string, now = new Date()) =>
    expectations.update((e) =>
      stamp({ ...e, firstName: name.slice(0, expectationLimits.firstName) }, now),
    ),
  /**
   * Sets one topic's answer; no choice left clears it. A choice this version does not know,
   * or several on a one-answer topic, is refused.
   */
  answer: (topicId: string, choices: string[], note: string, now = new Date()) => {
    const topic = topicById(topicId);
    if (!topic) return false;
    const valid = choices.filter((c) => topic.options.some((o) => o.id === c));
    if (valid.length !== choices.length || (!topic.multiple && valid.length > 1)) return false;
    return expectations.update((e) => {
      const { [topicId]: _old, ...rest } = e.answers;
      const answers = valid.length ? { ...rest, [topicId]: { choices: valid, note } } : rest;
      return stamp({ ...e, answers }, now);
    });
  },
  /**
   * Takes the other person's answer for one topic (their choices; the person's own note
   * stays). Returns a function that puts the person's own answer back, or null when nothing
   * was saved.
   */
  useTheirs: (topicId: string, theirs: readonly string[], now = new Date()) => {
    const before: ExpectationAnswer | undefined = expectations.read().answers[topicId];
    const saved = expectations.update((e) =>
      stamp(
        {
          ...e,
          answers: { ...e.answers, [topicId]: { choices: [...theirs], note: before?.note ?? '' } },
        },
        now,
      ),
    );
    if (!saved) return null;
    return () =>
      expectations.update((e) => {
        const { [topicId]: _taken, ...rest } = e.answers;
        return { ...e, answers: before ? { ...rest, [topicId]: before } : rest };
      });
  },
};

/**
 * The person's expectations as a file or link: answers this version knows, their notes except
 * private ones, and the first name only if they typed one. Null until a role is chosen.
 */
export function toExpectationsFile(e: Expectations): ExpectationsFile | null {
  if (!e.role) return null;
  const answers: ExpectationsFile['answers'] = {};
  for (const [topicId, answer] of Object.entries(e.answers)) {
    const topic = topicById(topicId);
    const choices = answer.choices.filter((c) => topic?.options.some((o) => o.id === c));
    if (!topic || choices.length === 0) continue;
    const note = topic.notePrivate ? '' : answer.note.trim();
    answers[topicId] = note ? { choices, note } : { choices };
  }
  const name = e.firstName.trim();
  return {
    format: 'medmentor-expectations',
    version: 1,
    role: e.role,
    ...(name ? { firstName: name } : {}),
    answers,
  };
}
