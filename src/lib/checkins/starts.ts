/**
 * When the person's mentorships began, from what their stores hold: the day each mentor was
 * added to My network (a contact in the "mentor" group, its `createdAt`), and the day the
 * mentoring agreement started. The agreement stores no start date, so its start is the
 * earliest meeting in the log; with no meeting logged, the day it was last edited (later than
 * or equal to its start, so the first check-in is never offered early). A meeting log without
 * an agreement counts as a mentorship too, from its first meeting.
 */
import { localDay } from '../dates';
import type { Contact } from '../schemas/network';
import type { Agreement, Meeting } from '../schemas/partnership';
import type { CheckIns } from '../schemas/checkins';
import { AGREEMENT_RELATIONSHIP, checkInDue, type Due } from './due';

export interface Relationship {
  /** A mentor's id in My network, or "agreement". */
  id: string;
  /** The calendar day it began. */
  since: string;
}

/** Whether any part of the agreement is filled in. */
const started = (agreement: Agreement) =>
  Object.values(agreement.fields).some((text) => text.trim() !== '');

export function relationships(
  contacts: readonly Pick<Contact, 'id' | 'group' | 'createdAt'>[],
  agreement: Agreement,
  meetings: readonly Pick<Meeting, 'date'>[],
): Relationship[] {
  const list: Relationship[] = contacts
    .filter((c) => c.group === 'mentor')
    .map((c) => ({ id: c.id, since: localDay(c.createdAt) }))
    .filter((r) => r.since !== '');
  if (started(agreement) || meetings.length > 0) {
    const first = meetings.map((m) => m.date).sort()[0];
    const edited = agreement.updatedAt ? localDay(agreement.updatedAt) : '';
    const since = first ?? edited;
    if (since) list.push({ id: AGREEMENT_RELATIONSHIP, since });
  }
  return list;
}

/** Whether a check-in is due today, from what the stores hold (src/lib/checkins/due.ts). */
export function checkInDueFrom(
  state: CheckIns,
  contacts: readonly Pick<Contact, 'id' | 'group' | 'createdAt'>[],
  agreement: Agreement,
  meetings: readonly Pick<Meeting, 'date'>[],
  today: string,
): Due {
  return checkInDue({
    starts: relationships(contacts, agreement, meetings).map((r) => r.since),
    checkIns: state.checkIns.map((c) => c.day),
    dismissedOn: state.dismissedOn,
    snoozedUntil: state.snoozedUntil,
    today,
  });
}
