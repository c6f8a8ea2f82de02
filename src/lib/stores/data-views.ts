/**
 * What My data shows, kept current whatever changes a store (this page, another tab, an
 * import): each part of the data with a description, and the space used. The actions (export,
 * import, delete, share) and the import preview load on first use from data.ts.
 */
import { computed } from 'nanostores';
import { $quarantine, $storageStatus, storageUsage } from '../storage/runtime';
import { meta } from './meta';
import { dataStores } from './registry';

export type { ImportMode } from '../storage/backup';

export interface StoredPart {
  name: string;
  title: string;
  /** "3 goals, 12 steps" or "nothing yet". */
  description: string;
}

/** Every part of the person's data, in the order of the registry, with what it holds now. */
export const $storedParts = computed(
  dataStores.map((store) => store.$value),
  (...values: { version: number }[]): StoredPart[] =>
    dataStores.map((store, i) => ({
      name: store.definition.name,
      title: store.definition.title,
      description: store.definition.describe(values[i] ?? store.definition.initial),
    })),
);

/** Bytes this site uses in the browser, and whether they are only in memory for this visit. */
export const $spaceUsed = computed(
  [$storedParts, meta.$value, $quarantine, $storageStatus],
  (_parts, _meta, _quarantine, status) => ({
    bytes: storageUsage().reduce((sum, u) => sum + u.bytes, 0),
    memoryOnly: status.mode === 'memory',
  }),
);
