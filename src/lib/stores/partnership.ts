/** Stores for the mentoring agreement and the meeting log (meeting actions: partnership-actions.ts). */
import {
  agreementSchema,
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
  merge: (current, incoming) =>
    (incoming.updatedAt ?? '') > (current.updatedAt ?? '') ? incoming : current,
  share: [
    {
      id: 'agreement',
      label: 'Our mentoring agreement',
      defaultOn: false,
      summarize: (a) => {
        const rows = agreementFields
          .filter((f) => a.fields[f.key]?.trim())
          .map((f) => [f.label, a.fields[f.key] ?? '']);
        return rows.length
          ? {
              title: 'Mentoring agreement',
              blocks: [
                { type: 'table', caption: 'Agreement', columns: ['Part', 'What we agreed'], rows },
              ],
            }
          : null;
      },
    },
  ],
});

export const agreement = createDataStore(agreementDefinition);

export function setAgreementField(key: string, value: string, now = new Date()) {
  return agreement.update((a) => ({
    ...a,
    fields: { ...a.fields, [key]: value.slice(0, 5000) },
    updatedAt: now.toISOString(),
  }));
}

export const meetingsDefinition = defineStore<Meetings>({
  ...firstVersion('meetings', meetingsSchema, { version: 1, meetings: [] }),
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
  share: [
    {
      id: 'meeting-actions',
      label: 'Meeting dates, agendas and action items',
      defaultOn: false,
      summarize: (m) =>
        m.meetings.length
          ? {
              title: 'Meetings',
              blocks: m.meetings.map((meeting) => ({
                type: 'list' as const,
                items: [
                  `${meeting.date}: ${meeting.agenda || 'no agenda'}`,
                  ...meeting.actions.map((a) => `Action: ${a.text}`),
                ],
              })),
            }
          : null,
    },
  ],
});

export const meetings = createDataStore(meetingsDefinition);

/** Meetings newest first. */
export function sortMeetings(list: Meeting[]): Meeting[] {
  return [...list].sort((a, b) => b.date.localeCompare(a.date));
}
