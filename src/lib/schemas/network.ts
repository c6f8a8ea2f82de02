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

const day = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
const text = (max: number) => z.string().check(z.maxLength(max));

export const contactSchema = z.object({
  id: text(80),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  role: text(200),
  group: z.enum(contactGroups),
  howWeKnow: text(1000),
  howTheyHelp: text(2000),
  howIHelp: text(2000),
  /** Calendar date of the last contact, or null. */
  lastContact: day,
  /** Calendar date of the next planned follow-up, or null. */
  nextFollowUp: day,
  notes: text(5000),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const networkSchema = z.object({
  version: z.literal(1),
  contacts: z.array(contactSchema).check(z.maxLength(1000)),
});

export const matchingSchema = z.object({
  version: z.literal(1),
  interests: z.array(text(60)).check(z.maxLength(12)),
});

export type Contact = z.infer<typeof contactSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Matching = z.infer<typeof matchingSchema>;
