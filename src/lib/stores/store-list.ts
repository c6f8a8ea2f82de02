/**
 * Every store that holds a person's data, in the order My data lists them. A tool adds its
 * store here to be part of backups, imports, "delete all" and share-with-mentor.
 *
 * A store most people never fill (check-ins, expectations) is listed by name with a loader, so
 * My data's first view does not carry its code and schema: the list there (data-views.ts) loads
 * it once something is stored under its name. Backups, imports, "delete all" and restore use
 * registry.ts, which loads them all (those actions load on first use).
 */
import type { PersistentStore } from '../storage/persistent';
import { assessments } from './assessments';
import { brief } from './brief';
import { matching, network } from './network';
import { agreement, meetings } from './partnership';
import { plan } from './plan';
import { prefs } from './prefs';

/** Each store holds its own shape; here only what every stored value has (its version) is known. */
export type DataStore = PersistentStore<{ version: number }>;

/** The stores listed by name (rarely-filled.ts has each). */
export type LaterName = 'checkins' | 'expectations';

/** A store listed by its name (the definition's), its code loaded when needed. */
export interface LaterStore {
  name: LaterName;
  load: () => Promise<DataStore>;
}

export const storeList: readonly (DataStore | LaterStore)[] = [
  assessments,
  plan,
  meetings,
  agreement,
  { name: 'expectations', load: () => import('./rarely-filled').then((m) => m.expectations) },
  brief,
  { name: 'checkins', load: () => import('./rarely-filled').then((m) => m.checkIns) },
  network,
  matching,
  prefs,
];
