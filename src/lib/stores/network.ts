/**
 * Stores for My network and for what the directory knows about the person (network actions:
 * network-actions.ts).
 */
import { pluralCount } from '../../i18n/plural';
import { pageLocale } from '../format';
import { groupLabels } from '../network/labels';
import { matchingSchema, networkSchema, type Matching, type Network } from '../schemas/network';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';

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
      : pluralCount(pageLocale(), n.contacts.length, { one: '{n} person', other: '{n} people' }),
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
      : pluralCount(pageLocale(), m.interests.length, {
          one: '{n} interest',
          other: '{n} interests',
        }),
  merge: (current, incoming) => ({
    version: 1,
    interests: [...new Set([...current.interests, ...incoming.interests])].slice(0, 12),
  }),
});

export const matching = createDataStore(matchingDefinition);

export function setInterests(interests: string[]): boolean {
  return matching.update(() => ({ version: 1, interests: interests.slice(0, 12) }));
}
