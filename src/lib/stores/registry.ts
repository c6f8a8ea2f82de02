/**
 * Every store that holds a person's data, in the order My data lists them. A tool adds its
 * store here to be part of backups, imports, "delete all" and share-with-mentor.
 */
import type { PersistentStore } from '../storage/persistent';
import { assessments } from './assessments';
import { brief } from './brief';
import { checkIns } from './checkins';
import { expectations } from './expectations';
import { matching, network } from './network';
import { agreement, meetings } from './partnership';
import { plan } from './plan';
import { prefs } from './prefs';

/** Each store holds its own shape; here only what every stored value has (its version) is known. */
export const dataStores: readonly PersistentStore<{ version: number }>[] = [
  assessments,
  plan,
  meetings,
  agreement,
  expectations,
  brief,
  checkIns,
  network,
  matching,
  prefs,
];
