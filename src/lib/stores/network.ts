/**
 * Stores for My network and for what the directory knows about the person (network actions:
 * network-actions.ts).
 */
import {
  contactSchema,
  matchingSchema,
  networkSchema,
  type Matching,
  type Network,
} from '../schemas/network';
import { defineStore } from '../storage/define';
import { countOrNothing, firstVersion } from './definition-parts';
import { createDataStore } from './meta';

export const networkDefinition = defineStore<Network>({
  ...firstVersion('network', networkSchema, { version: 1, contacts: [] }),
  items: [{ field: 'contacts', schema: contactSchema, noun: { one: 'person', other: 'people' } }],
  describe: (n) => countOrNothing(n.contacts.length, { one: '{n} person', other: '{n} people' }),
  // The same person edited on two devices: the later edit wins; everyone else is kept.
  merge: (current, incoming) => {
    const byId = new Map(current.contacts.map((c) => [c.id, c]));
    for (const contact of incoming.contacts) {
      const here = byId.get(contact.id);
      if (!here || contact.updatedAt > here.updatedAt) byId.set(contact.id, contact);
    }
    return { version: 1, contacts: [...byId.values()] };
  },
});

export const network = createDataStore(networkDefinition);

export const matchingDefinition = defineStore<Matching>({
  ...firstVersion('matching', matchingSchema, { version: 1, interests: [] }),
  describe: (m) =>
    countOrNothing(m.interests.length, { one: '{n} interest', other: '{n} interests' }),
  merge: (current, incoming) => ({
    version: 1,
    interests: [...new Set([...current.interests, ...incoming.interests])].slice(0, 12),
  }),
});

export const matching = createDataStore(matchingDefinition);

export function setInterests(interests: string[]): boolean {
  return matching.update(() => ({ version: 1, interests: interests.slice(0, 12) }));
}
