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
import { calendarDate as day } from '../dates';

/** The limits of the agreement, defined once (characters); inputs take theirs from here. */
export const agreementLimits = {
  /** One part of the agreement (its review date included). */
  field: 5000,
} as const;

/** The limits of the meeting log, defined once: characters, and items for lists. */
export const meetingLimits = {
  /** An id (meeting, action item, linked goal). */
  id: 80,
  agenda: 5000,
  notes: 5000,
  /** The text of one action item. */
  action: 500,
  /** Action items of one meeting. */
  actions: 100,
  /** Meetings in the log. */
  meetings: 2000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const id = text(meetingLimits.id);

export const agreementSchema = z.object({
  version: z.literal(1),
  fields: z.record(z.string(), text(agreementLimits.field)),
  updatedAt: z.nullable(z.iso.datetime()),
});

export const meetingSchema = z.object({
  id,
  date: day,
  agenda: text(meetingLimits.agenda),
  notes: text(meetingLimits.notes),
  actions: z
    .array(
      z.object({
        id,
        text: text(meetingLimits.action),
        /** The goal this action was added to as a step, if any. */
        goalId: z.nullable(id),
      }),
    )
    .check(z.maxLength(meetingLimits.actions)),
});

export const meetingsSchema = z.object({
  version: z.literal(1),
  meetings: z.array(meetingSchema).check(z.maxLength(meetingLimits.meetings)),
});

export type Agreement = z.infer<typeof agreementSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Meetings = z.infer<typeof meetingsSchema>;
