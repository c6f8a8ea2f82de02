/** Names of the places in a mentoring constellation (kept apart from the prompts, so the
 * network store and My data stay small). */
import type { ContactGroup } from '../schemas/network';

export const groupLabels: Record<ContactGroup, string> = {
  mentor: 'Mentors',
  sponsor: 'Sponsors',
  peer: 'Peers',
  'near-peer': 'Near-peers',
  'role-model': 'Role models',
  other: 'Others',
};
