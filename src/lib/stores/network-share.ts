/**
 * What My network shares with a mentor, written to the mentor (loaded only when a person shares).
 */
import { formatDay, pageLocale } from '../format';
import { groupLabels } from '../network/labels';
import type { Network } from '../schemas/network';
import type { ShareDefinition } from '../storage/define';

export const networkShare: ShareDefinition<Network>[] = [
  {
    id: 'network-people',
    label: 'My network: names, roles and how each person helps',
    defaultOn: false,
    summarize: (n, who) =>
      n.contacts.length
        ? {
            title: who.name ? `${who.name}'s network` : 'Network',
            blocks: [
              {
                type: 'table',
                caption: who.name
                  ? `People in ${who.name}'s mentoring constellation`
                  : 'People in their mentoring constellation',
                columns: ['Name', 'Role', 'Place', 'How they help', 'Next follow-up'],
                rows: n.contacts.map((c) => [
                  c.name,
                  c.role,
                  groupLabels[c.group],
                  c.howTheyHelp,
                  c.nextFollowUp ? formatDay(c.nextFollowUp, pageLocale()) : '',
                ]),
              },
            ],
          }
        : null,
  },
];
