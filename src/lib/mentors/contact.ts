/**
 * A directory mentor as a contact in My network: "Add to my network" on a profile. Filled from
 * the profile so the person only has to add their own notes. Worked out when the profile is
 * built, so the browser gets the ready contact and only loads the network action that saves it
 * (`networkActions.addFromDirectory`).
 */
import { networkLimits } from '../schemas/network';
import type { ContactInput } from '../stores/network-actions';
import { helpAreaLabels, type HelpArea } from './vocab';
import { listWords } from './reasons';

/** The fields of a profile a contact is made from. */
export interface DirectoryContact {
  name: string;
  role: string;
  specialty: string;
  helpAreas: readonly HelpArea[];
  contact: { email: string } | { link: string };
}

/** Where a contact made here came from. */
export const fromDirectory = 'From the mentor directory';

const cut = (text: string, max: number) => text.slice(0, max);

/** The contact form filled from a profile: a mentor, how to reach them, where they came from. */
export function mentorContact(m: DirectoryContact): ContactInput {
  const reach = 'email' in m.contact ? `Email: ${m.contact.email}` : `Link: ${m.contact.link}`;
  const helps = m.helpAreas.map((a) => helpAreaLabels[a].toLocaleLowerCase('en-US'));
  return {
    name: cut(m.name, networkLimits.name),
    role: cut(`${m.role}, ${m.specialty}`, networkLimits.role),
    group: 'mentor',
    howWeKnow: fromDirectory,
    howTheyHelp: cut(
      helps.length ? `Can help with ${listWords(helps)}.` : '',
      networkLimits.howTheyHelp,
    ),
    howIHelp: '',
    lastContact: null,
    nextFollowUp: null,
    notes: cut(`${fromDirectory}. ${reach}`, networkLimits.notes),
  };
}
