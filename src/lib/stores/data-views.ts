/**
 * What My data shows, kept current whatever changes a store (this page, another tab, an
 * import): each part of the data with a description, and the space used. The actions (export,
 * import, delete, share) and the import preview load on first use from data.ts.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { storeTitle } from '../storage/keys';
import { $quarantine, $storageStatus, storageUsage } from '../storage/runtime';
import { meta } from './meta';
import { storeList, type DataStore, type LaterStore } from './store-list';
import { followWhenStored } from './when-stored';

export type { ImportMode } from '../storage/backup';

export interface StoredPart {
  name: string;
  title: string;
  /** "3 goals, 12 steps" or "nothing yet". */
  description: string;
}

const partOf = ({ definition }: DataStore, value: { version: number }): StoredPart => ({
  name: definition.name,
  title: definition.title,
  description: definition.describe(value),
});

/** A store listed by name: "nothing yet" until something is stored under it, then described. */
function laterPart({ name, load }: LaterStore): ReadableAtom<StoredPart> {
  const $part = atom<StoredPart>({ name, title: storeTitle(name), description: 'nothing yet' });
  followWhenStored($part, name, () =>
    load().then((store) => computed(store.$value, (value) => partOf(store, value))),
  );
  return $part;
}

/** Every part of the person's data, in the order of the store list, with what it holds now. */
export const $storedParts = computed(
  storeList.map((entry) =>
    'load' in entry ? laterPart(entry) : computed(entry.$value, (value) => partOf(entry, value)),
  ),
  (...parts: StoredPart[]): StoredPart[] => parts,
);

/** Bytes this site uses in the browser, and whether they are only in memory for this visit. */
export const $spaceUsed = computed(
  [$storedParts, meta.$value, $quarantine, $storageStatus],
  (_parts, _meta, _quarantine, status) => ({
    bytes: storageUsage().reduce((sum, u) => sum + u.bytes, 0),
    memoryOnly: status.mode === 'memory',
  }),
);
