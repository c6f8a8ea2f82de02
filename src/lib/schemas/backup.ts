/**
 * The backup file (`medmentor-backup-YYYY-MM-DD.json`). Each store's value is kept as stored,
 * with its own version, so an old backup is migrated store by store when imported.
 *
 * Version 1: `{ app: "medmentor", kind: "backup", version: 1, exportedAt, stores: { [name]: value } }`.
 */
import * as z from 'zod/mini';

/** The backup format this code writes and reads. */
export const BACKUP_VERSION = 1;

/** Fields every MedMentor file (backup or share) has; used to tell files apart. */
export const fileHeaderSchema = z.object({
  app: z.literal('medmentor'),
  kind: z.enum(['backup', 'share']),
  version: z.int().check(z.minimum(1)),
});

export const backupSchema = z.object({
  app: z.literal('medmentor'),
  kind: z.literal('backup'),
  /** Format version. */
  version: z.literal(BACKUP_VERSION),
  /** ISO time of the export. */
  exportedAt: z.iso.datetime(),
  /** Each store's stored value by store name. */
  stores: z.record(z.string(), z.unknown()),
});

export type BackupFile = z.infer<typeof backupSchema>;
