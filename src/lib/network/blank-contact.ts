/** An empty contact form (no store code here, so e2e fixtures can build contacts from it). */
import type { ContactInput } from '../stores/network-actions';

export const blankContact: ContactInput = {
  name: '',
  role: '',
  group: 'mentor',
  howWeKnow: '',
  howTheyHelp: '',
  howIHelp: '',
  lastContact: null,
  nextFollowUp: null,
  notes: '',
};
