/**
 * What the agreement and the meeting log share with a mentor (loaded only when a person shares).
 */
import { formatDay, pageLocale } from '../format';
import type { Agreement, Meetings } from '../schemas/partnership';
import type { ShareDefinition } from '../storage/define';
import { agreementFields } from './partnership';

export const agreementShare: ShareDefinition<Agreement>[] = [
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
];

export const meetingsShare: ShareDefinition<Meetings>[] = [
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
                `${formatDay(meeting.date, pageLocale())}: ${meeting.agenda || 'no agenda'}`,
                ...meeting.actions.map((a) => `Action: ${a.text}`),
              ],
            })),
          }
        : null,
  },
];
