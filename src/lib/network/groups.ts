/**
 * The places in a mentoring constellation and the prompts that help a person see who is
 * missing, drawn from the "Building your professional network" guide.
 */
import type { Contact, ContactGroup } from '../schemas/network';
import { groupLabels } from './labels';

export { groupLabels } from './labels';

/** One person of a group, for forms: "Mentor", "Sponsor". */
export const groupSingular: Record<ContactGroup, string> = {
  mentor: 'Mentor',
  sponsor: 'Sponsor',
  peer: 'Peer',
  'near-peer': 'Near-peer',
  'role-model': 'Role model',
  other: 'Other',
};

/** Asked when a group is empty: who could fill this place? */
export const missingPrompts: Record<ContactGroup, string> = {
  mentor:
    'No mentor yet. Who do you already turn to for advice on your career or your training? A faculty member, a preceptor or a senior resident you get on with is a good start.',
  sponsor:
    'No sponsor yet. A sponsor uses their influence to put your name forward. Sponsorship grows from reliable work people can see: tell your mentors what you are aiming for, and ask who should know about your work.',
  peer: 'No peers yet. Who in your class or program do you talk to honestly about how training is going?',
  'near-peer':
    'No near-peer yet. Someone a year or two ahead of you knows which rotations are hard and why. Who could you ask?',
  'role-model':
    'No role model yet. Whose way of working with patients or colleagues would you like to learn from, even from a distance?',
  other:
    'Anyone else? A nurse educator, a librarian, a coordinator or someone outside your institution who shares your background or interests can help in ways mentors cannot.',
};

/** Questions for the whole map, shown under the diagram. */
export const networkPrompts = [
  'For each thing you need right now, is there someone you could ask?',
  'Who has opened a door for you in the past year, and have you told them what happened next?',
  'Is there one person who might fill a gap, or who might know that person?',
];

/** Contacts by group, in constellation order; each group sorted by name. */
export function groupContacts(contacts: readonly Contact[]): Record<ContactGroup, Contact[]> {
  const out = Object.fromEntries(
    Object.keys(groupLabels).map((g) => [g, [] as Contact[]]),
  ) as Record<ContactGroup, Contact[]>;
  for (const contact of contacts) out[contact.group].push(contact);
  for (const list of Object.values(out)) list.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

/** The groups nobody is in yet, in constellation order. */
export function missingGroups(contacts: readonly Contact[]): ContactGroup[] {
  const grouped = groupContacts(contacts);
  return (Object.keys(grouped) as ContactGroup[]).filter((g) => grouped[g].length === 0);
}
