/**
 * The working mentorship: the mentoring agreement (`medmentor:agreement`) and the meeting log
 * (`medmentor:meetings`).
 *
 * Agreement, version 1: `{ version: 1, fields: { [field]: string }, updatedAt | null }`, the
 * fields being those in `agreementFields` (unknown fields are kept, so a newer field list
 * loses nothing).
 * Meetings, version 1: `{ version: 1, meetings: Meeting[] }`; a meeting has a date, an agenda,
 * notes and action items, and an action item may have been turned into a goal step.
 */
import * as z from 'zod/mini';

const text = z.string().check(z.maxLength(5000));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const agreementSchema = z.object({
  version: z.literal(1),
  fields: z.record(z.string(), text),
  updatedAt: z.nullable(z.iso.datetime()),
});

export const meetingSchema = z.object({
  id: z.string().check(z.maxLength(80)),
  date: day,
  agenda: text,
  notes: text,
  actions: z.array(
    z.object({
      id: z.string().check(z.maxLength(80)),
      text: z.string().check(z.maxLength(500)),
      /** The goal this action was added to as a step, if any. */
      goalId: z.nullable(z.string().check(z.maxLength(80))),
    }),
  ),
});

export const meetingsSchema = z.object({
  version: z.literal(1),
  meetings: z.array(meetingSchema).check(z.maxLength(2000)),
});

export type Agreement = z.infer<typeof agreementSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Meetings = z.infer<typeof meetingsSchema>;
