/**
 * Backup bookkeeping: counts saved changes since the last export, for the "time to back up"
 * nudge. Every data store is created through `createDataStore`, which wires this in.
 */
import { formatTimestamp, pageLocale } from '../format';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { countChange, markBackedUp } from '../storage/nudge';
import { createPersistentStore, type PersistentStore } from '../storage/persistent';
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
    meta.lastBackupAt
      ? `last backup ${formatTimestamp(meta.lastBackupAt, pageLocale())}`
      : 'no backup yet',
  merge: (current) => current,
  countsAsChange: false,
});

export const meta = createPersistentStore(metaDefinition);

/** Counts one saved change toward the backup reminder. */
function countTowardBackup(): void {
  meta.update((current) => countChange(current, new Date()));
}

/** Records that a backup was just exported. */
export function recordBackup(now = new Date()): void {
  meta.update((current) => markBackedUp(current, now));
}

/**
 * Creates a store that holds a person's data: its saved changes count toward the backup
 * reminder (unless its definition says `countsAsChange: false`). Every data store is made here.
 */
export function createDataStore<T extends { version: number }>(
  definition: StoreDefinition<T>,
): PersistentStore<T> {
  return createPersistentStore(definition, { onSaved: countTowardBackup });
}
