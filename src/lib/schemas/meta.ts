/**
 * Backup bookkeeping, stored at `medmentor:meta`: when the person last exported a backup and
 * how many changes were saved since. Local to this browser; not part of backups.
 *
 * Version 1: `{ version: 1, lastBackupAt, firstChangeAt, changesSinceBackup }`.
 */
import * as z from 'zod/mini';

export const metaSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** ISO time of the last export, or null if never. */
  lastBackupAt: z.nullable(z.iso.datetime()),
  /** ISO time of the first change not yet in a backup, or null if none. */
  firstChangeAt: z.nullable(z.iso.datetime()),
  /** Saved changes since the last export. */
  changesSinceBackup: z.int().check(z.minimum(0)),
});

export type Meta = z.infer<typeof metaSchema>;
