/** Stores for the mentoring agreement and the meeting log (meeting actions: partnership-actions.ts). */
import {
  agreementSchema,
  meetingSchema,
  meetingsSchema,
  type Agreement,
  type Meeting,
  type Meetings,
} from '../schemas/partnership';
import { defineStore } from '../storage/define';
import { countOrNothing, firstVersion } from './definition-parts';
import { createDataStore } from './meta';

/** The parts of a mentoring agreement, in order (the agreement page adds help for each). */
export const agreementFields = [
  { key: 'mentee', label: 'Mentee' },
  { key: 'mentor', label: 'Mentor' },
  { key: 'purpose', label: 'What this mentorship is for' },
  { key: 'roles', label: 'What each of us will do' },
  { key: 'meetings', label: 'How often and how we meet' },
  { key: 'confidentiality', label: 'Confidentiality' },
  { key: 'feedback', label: 'How we give feedback' },
  { key: 'conflicts', label: 'If something goes wrong' },
  { key: 'ending', label: 'How either of us can end it' },
  { key: 'review', label: 'Review date' },
] as const;

export const agreementDefinition = defineStore<Agreement>({
  ...firstVersion('agreement', agreementSchema, { version: 1, fields: {}, updatedAt: null }),
  describe: (a) => {
    const filled = agreementFields.filter((f) => a.fields[f.key]?.trim()).length;
    return filled === 0 ? 'nothing yet' : `${filled} of ${agreementFields.length} parts filled in`;
  },
  merge: (current, incoming) => mergeAgreement(current, incoming),
});

export const agreement = createDataStore(agreementDefinition);

/** Whether a part of the agreement is filled in. */
export const filled = (text: string | undefined): text is string => !!text?.trim();

/**
 * Merges field by field, so no part filled in here is lost: a part filled in here stays (unless
 * its key is in `take`: the person chose the file's), an empty one takes the file's.
 */
export function mergeAgreement(
  current: Agreement,
  incoming: Agreement,
  take: ReadonlySet<string> = new Set(),
): Agreement {
  const fields = { ...current.fields };
  for (const [key, theirs] of Object.entries(incoming.fields)) {
    if ((!filled(fields[key]) || take.has(key)) && filled(theirs)) fields[key] = theirs;
  }
  const times = [current.updatedAt, incoming.updatedAt].filter((t) => t !== null).sort();
  return { version: 1, fields, updatedAt: times.at(-1) ?? null };
}

export function setAgreementField(key: string, value: string, now = new Date()) {
  return agreement.update((a) => ({
    ...a,
    fields: { ...a.fields, [key]: value.slice(0, 5000) },
    updatedAt: now.toISOString(),
  }));
}

/**
 * Empties the agreement, to start a new one. Returns a function that brings the cleared text
 * back (a part written since is kept), or null when there was nothing to clear or it failed.
 */
export function clearAgreement(now = new Date()): (() => boolean) | null {
  const before = agreement.read();
  if (!Object.values(before.fields).some((text) => text.trim())) return null;
  if (!agreement.update((a) => ({ ...a, fields: {}, updatedAt: now.toISOString() }))) return null;
  return () =>
    agreement.update((a) => {
      const since = Object.entries(a.fields).filter(([, text]) => text.trim());
      return since.length === 0
        ? before
        : { ...a, fields: { ...before.fields, ...Object.fromEntries(since) } };
    });
}

export const meetingsDefinition = defineStore<Meetings>({
  ...firstVersion('meetings', meetingsSchema, { version: 1, meetings: [] }),
  items: [
    { field: 'meetings', schema: meetingSchema, noun: { one: 'meeting', other: 'meetings' } },
  ],
  describe: (m) => countOrNothing(m.meetings.length, { one: '{n} meeting', other: '{n} meetings' }),
  merge: (current, incoming) => {
    const ids = new Set(current.meetings.map((m) => m.id));
    return {
      version: 1,
      meetings: sortMeetings([
        ...current.meetings,
        ...incoming.meetings.filter((m) => !ids.has(m.id)),
      ]),
    };
  },
});

export const meetings = createDataStore(meetingsDefinition);

/** Meetings newest first. */
export function sortMeetings(list: Meeting[]): Meeting[] {
  return [...list].sort((a, b) => b.date.localeCompare(a.date));
}
