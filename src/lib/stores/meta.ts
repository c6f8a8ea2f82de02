/**
 * Backup bookkeeping: counts saved changes since the last export, for the "time to back up"
 * nudge. Every data store is created through `createDataStore`, which wires this in.
 */
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { countChange, markBackedUp } from '../storage/nudge';
import { createPersistentStore, onStoreChange, type PersistentStore } from '../storage/persistent';
import type { StoreDefinition } from '../storage/define';
import { metaSchema, type Meta } from '../schemas/meta';

export const metaDefinition = defineStore<Meta>({
  name: 'meta',
  title: storeTitle('meta'),
  version: 1,
  schema: metaSchema,
  migrations: {},
  initial: { version: 1, lastBackupAt: null, firstChangeAt: null, changesSinceBackup: 0 },
  describe: (meta) =>
    meta.lastBackupAt ? `last backup ${meta.lastBackupAt.slice(0, 10)}` : 'no backup yet',
  merge: (current) => current,
  countsAsChange: false,
});

export const meta = createPersistentStore(metaDefinition);

onStoreChange((definition) => {
  if (definition.countsAsChange === false) return;
  meta.update((current) => countChange(current, new Date()));
});

/** Records that a backup was just exported. */
export function recordBackup(now = new Date()): void {
  meta.update((current) => markBackedUp(current, now));
}

/** Creates a store whose saved changes count toward the backup nudge. */
export function createDataStore<T extends { version: number }>(
  definition: StoreDefinition<T>,
): PersistentStore<T> {
  return createPersistentStore(definition);
}
