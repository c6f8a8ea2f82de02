/** Stores and actions for My network and for what the directory knows about the person. */
import { groupLabels } from '../network/groups';
import {
  matchingSchema,
  networkSchema,
  type Contact,
  type Matching,
  type Network,
} from '../schemas/network';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';
import { newId } from './plan';

export const networkDefinition = defineStore<Network>({
  name: 'network',
  title: storeTitle('network'),
  version: 1,
  schema: networkSchema,
  migrations: {},
  initial: { version: 1, contacts: [] },
  describe: (n) =>
    n.contacts.length === 0
      ? 'nothing yet'
      : `${n.contacts.length} ${n.contacts.length === 1 ? 'person' : 'people'}`,
  // The same person edited on two devices: the later edit wins; everyone else is kept.
  merge: (current, incoming) => {
    const byId = new Map(current.contacts.map((c) => [c.id, c]));
    for (const contact of incoming.contacts) {
      const here = byId.get(contact.id);
      if (!here || contact.updatedAt > here.updatedAt) byId.set(contact.id, contact);
    }
    return { version: 1, contacts: [...byId.values()] };
  },
  share: [
    {
      id: 'network-people',
      label: 'My network: names, roles and how each person helps',
      defaultOn: false,
      summarize: (n) =>
        n.contacts.length
          ? {
              title: 'My network',
              blocks: [
                {
                  type: 'table',
                  caption: 'People in my mentoring constellation',
                  columns: ['Name', 'Role', 'Place', 'How they help', 'Next follow-up'],
                  rows: n.contacts.map((c) => [
                    c.name,
                    c.role,
                    groupLabels[c.group],
                    c.howTheyHelp,
                    c.nextFollowUp ?? '',
                  ]),
                },
              ],
            }
          : null,
    },
  ],
});

export const network = createDataStore(networkDefinition);

/** What a person types in the contact form. */
export type ContactInput = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

function clean(input: ContactInput): ContactInput {
  return {
    name: input.name.trim().slice(0, 120),
    role: input.role.trim().slice(0, 200),
    group: input.group,
    howWeKnow: input.howWeKnow.slice(0, 1000),
    howTheyHelp: input.howTheyHelp.slice(0, 2000),
    howIHelp: input.howIHelp.slice(0, 2000),
    lastContact: input.lastContact || null,
    nextFollowUp: input.nextFollowUp || null,
    notes: input.notes.slice(0, 5000),
  };
}

export const networkActions = {
  /** Adds a person; returns their id, or null when the name is blank or saving failed. */
  add(input: ContactInput, now = new Date()): string | null {
    const data = clean(input);
    if (!data.name) return null;
    const stamp = now.toISOString();
    const contact: Contact = { ...data, id: newId(), createdAt: stamp, updatedAt: stamp };
    return network.update((n) => ({ ...n, contacts: [...n.contacts, contact] }))
      ? contact.id
      : null;
  },
  update(id: string, input: ContactInput, now = new Date()): boolean {
    const data = clean(input);
    if (!data.name) return false;
    return network.update((n) => ({
      ...n,
      contacts: n.contacts.map((c) =>
        c.id === id ? { ...c, ...data, updatedAt: now.toISOString() } : c,
      ),
    }));
  },
  /** Records a contact today and sets (or clears) the next follow-up. */
  logContact(id: string, date: string, nextFollowUp: string | null, now = new Date()): boolean {
    return network.update((n) => ({
      ...n,
      contacts: n.contacts.map((c) =>
        c.id === id ? { ...c, lastContact: date, nextFollowUp, updatedAt: now.toISOString() } : c,
      ),
    }));
  },
  remove(id: string): boolean {
    return network.update((n) => ({ ...n, contacts: n.contacts.filter((c) => c.id !== id) }));
  },
};

export const matchingDefinition = defineStore<Matching>({
  name: 'matching',
  title: storeTitle('matching'),
  version: 1,
  schema: matchingSchema,
  migrations: {},
  initial: { version: 1, interests: [] },
  describe: (m) =>
    m.interests.length === 0
      ? 'nothing yet'
      : `${m.interests.length} interest${m.interests.length === 1 ? '' : 's'}`,
  merge: (current, incoming) => ({
    version: 1,
    interests: [...new Set([...current.interests, ...incoming.interests])].slice(0, 12),
  }),
});

export const matching = createDataStore(matchingDefinition);

export function setInterests(interests: string[]): boolean {
  return matching.update(() => ({ version: 1, interests: interests.slice(0, 12) }));
}
