/**
 * What My network shows, worked out from the stored contacts: follow-ups with their status and
 * counts, everyone by place, the diagram's geometry and the places nobody fills yet. The
 * island renders `$networkView`; `networkView` is the pure function behind it.
 */
import { computed } from 'nanostores';
import { today } from '../dates';
import { toIcs } from '../goals/ics';
import { layoutConstellation, type SectorLayout } from '../network/constellation';
import {
  countFollowUps,
  followUpEvents,
  followUpStatus,
  upcomingFollowUps,
  type FollowUpStatus,
} from '../network/followups';
import { groupContacts, groupLabels, missingGroups, missingPrompts } from '../network/groups';
import { contactGroups, networkLimits, type Contact, type ContactGroup } from '../schemas/network';
import { network } from './network';
import { unsavedItems } from './unsaved-views';
import type { ContactInput } from './network-actions';

/** A contact with the state of its follow-up today. */
export interface ContactRow {
  contact: Contact;
  status: FollowUpStatus;
}

export interface NetworkView {
  /** How many people there are. */
  count: number;
  /** People with a follow-up date, soonest first. */
  followUps: ContactRow[];
  overdue: number;
  /** Due today or in the next seven days. */
  due: number;
  /** Every place, in constellation order, with its people sorted by name (possibly none). */
  groups: { group: ContactGroup; label: string; people: ContactRow[] }[];
  /** The diagram: one sector per place. */
  sectors: SectorLayout[];
  /** The diagram's text alternative: each place and how many people are in it. */
  summary: string;
  /** Prompts for the places nobody fills yet. */
  missing: string[];
}

/** The view of `contacts` on the calendar day `day` ("2026-11-24"). */
export function networkView(contacts: readonly Contact[], day: string): NetworkView {
  const row = (contact: Contact): ContactRow => ({
    contact,
    status: followUpStatus(contact, day),
  });
  const grouped = groupContacts(contacts);
  const sectors = layoutConstellation(contacts);
  return {
    count: contacts.length,
    followUps: upcomingFollowUps(contacts).map(row),
    ...countFollowUps(contacts, day),
    groups: contactGroups.map((group) => ({
      group,
      label: groupLabels[group],
      people: grouped[group].map(row),
    })),
    sectors,
    summary: `Your network at a glance: ${sectors
      .map((s) => `${groupLabels[s.group]} ${s.people.length + s.more}`)
      .join(', ')}. The table below lists everyone.`,
    missing: missingGroups(contacts).map((g) => missingPrompts[g]),
  };
}

/**
 * The network as shown today. Worked out again when the network changes (here or in another
 * tab), not on every render.
 */
export const $networkView = computed(network.$value, (n) => networkView(n.contacts, today()));

/** An empty contact form. */
export { blankContact } from '../network/blank-contact';

/** What the form shows to edit a contact. */
export function contactInput(contact: Contact): ContactInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...input } = contact;
  return input;
}

/** The free-text parts of a contact, with their labels and lengths (as in the schema). */
export const contactTextFields = [
  { key: 'howWeKnow', label: 'How we know each other', maxLength: networkLimits.howWeKnow },
  { key: 'howTheyHelp', label: 'How they can help me', maxLength: networkLimits.howTheyHelp },
  { key: 'howIHelp', label: 'How I can help them', maxLength: networkLimits.howIHelp },
  { key: 'notes', label: 'Notes', maxLength: networkLimits.notes },
] as const;

/** The follow-ups as a calendar file of all-day events. */
export function followUpsFile(
  contacts: readonly Contact[],
  now = new Date(),
): { name: string; text: string; type: string } {
  return {
    name: `medmentor-follow-ups-${today(now)}.ics`,
    text: toIcs(followUpEvents(contacts), now, 'MedMentor follow-ups'),
    type: 'text/calendar',
  };
}

/** People on screen who are not saved yet (storage refused the write). */
export const $unsavedContacts = unsavedItems(network, 'contacts');
