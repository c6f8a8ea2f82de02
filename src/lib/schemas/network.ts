/**
 * A person's own network (`medmentor:network`) and what they told the directory about
 * themselves (`medmentor:matching`). Both private, on this device only.
 *
 * Network, version 1: `{ version: 1, contacts: Contact[] }`. A contact has a name, a role, a
 * place in the mentoring constellation (`group`), free text on how we know each other and how
 * we help each other, the last contact date, the next follow-up date and notes.
 * Matching, version 1: `{ version: 1, interests: string[] }`, the interests typed on
 * /mentors/ for "Suggested for you".
 */
import * as z from 'zod/mini';
import { calendarDate } from '../dates';

/** Places in a mentoring constellation, in the order the diagram and table show them. */
export const contactGroups = [
  'mentor',
  'sponsor',
  'peer',
  'near-peer',
  'role-model',
  'other',
] as const;
export type ContactGroup = (typeof contactGroups)[number];

/**
 * The limits of the network and the matching interests, defined once: characters, and items
 * for lists. The schema checks them on reading, saving and import; inputs take theirs from here.
 */
export const networkLimits = {
  /** A contact's id. */
  id: 80,
  name: 120,
  role: 200,
  howWeKnow: 1000,
  howTheyHelp: 2000,
  howIHelp: 2000,
  notes: 5000,
  /** People in the network. */
  contacts: 1000,
  /** One interest typed on /mentors/. */
  interest: 60,
  /** Interests kept. */
  interests: 12,
} as const;

const day = z.nullable(calendarDate);
const text = (max: number) => z.string().check(z.maxLength(max));

export const contactSchema = z.object({
  id: text(networkLimits.id),
  name: z.string().check(z.minLength(1), z.maxLength(networkLimits.name)),
  role: text(networkLimits.role),
  group: z.enum(contactGroups),
  howWeKnow: text(networkLimits.howWeKnow),
  howTheyHelp: text(networkLimits.howTheyHelp),
  howIHelp: text(networkLimits.howIHelp),
  /** Calendar date of the last contact, or null. */
  lastContact: day,
  /** Calendar date of the next planned follow-up, or null. */
  nextFollowUp: day,
  notes: text(networkLimits.notes),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const networkSchema = z.object({
  version: z.literal(1),
  contacts: z.array(contactSchema).check(z.maxLength(networkLimits.contacts)),
});

export const matchingSchema = z.object({
  version: z.literal(1),
  interests: z.array(text(networkLimits.interest)).check(z.maxLength(networkLimits.interests)),
});

export type Contact = z.infer<typeof contactSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Matching = z.infer<typeof matchingSchema>;
