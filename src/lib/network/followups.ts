/**
 * Follow-ups with the people in a network: which are overdue or due this week, in date order,
 * and as calendar events for the planner's .ics generator.
 */
import { urgency } from '../dates';
import type { CalendarEvent } from '../goals/ics';
import type { Contact } from '../schemas/network';

/** Overdue: before today. Due: today to 7 days ahead. Later: after that. None: no date. */
export type FollowUpStatus = 'overdue' | 'due' | 'later' | 'none';

/** Days ahead that count as "due". */
export const DUE_WITHIN_DAYS = 7;

export function followUpStatus(contact: Contact, todayDate: string): FollowUpStatus {
  const u = urgency(contact.nextFollowUp, todayDate, DUE_WITHIN_DAYS);
  return u === 'soon' ? 'due' : u;
}

/** Contacts with a follow-up date, soonest first (overdue at the top), then by name. */
export function upcomingFollowUps(contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter((c) => c.nextFollowUp)
    .sort(
      (a, b) =>
        (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '') || a.name.localeCompare(b.name),
    );
}

/** How many follow-ups are overdue and due now. */
export function countFollowUps(contacts: readonly Contact[], todayDate: string) {
  let overdue = 0;
  let due = 0;
  for (const contact of contacts) {
    const status = followUpStatus(contact, todayDate);
    if (status === 'overdue') overdue += 1;
    if (status === 'due') due += 1;
  }
  return { overdue, due };
}

/**
 * One all-day event per follow-up. Private notes stay out of the calendar; the description
 * says who the person is and how they help.
 */
export function followUpEvents(contacts: readonly Contact[]): CalendarEvent[] {
  return upcomingFollowUps(contacts).map((c) => ({
    key: `followup-${c.id}`,
    date: c.nextFollowUp ?? '',
    summary: `Follow up with ${c.name}`,
    description: [c.role, c.howTheyHelp && `How they help: ${c.howTheyHelp}`]
      .filter(Boolean)
      .join('\n'),
  }));
}
