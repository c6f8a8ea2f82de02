/**
 * Every store that holds a person's data (store-list.ts, in My data's order), all loaded: for
 * backups, imports, "delete all" and restore, whose modules load on first use, so the stores
 * the list names without loading them cost no page its first view.
 */
import { checkIns, expectations } from './rarely-filled';
import { storeList, type DataStore, type LaterName } from './store-list';

const byName: Record<LaterName, DataStore> = { checkins: checkIns, expectations };

export const dataStores: readonly DataStore[] = storeList.map((entry) =>
  'load' in entry ? byName[entry.name] : entry,
);
