/**
 * What every tool page says about storage (StorageNotices): whether saving works, values set
 * aside because they could not be read, and whether a backup is due. Islands read storage
 * through here, never from src/lib/storage directly.
 */
import { localDay, today } from '../dates';
import type { Meta } from '../schemas/meta';
import { backupIsDue } from '../storage/nudge';
import type { QuarantineEntry, StorageStatus } from '../storage/runtime';

export { storeTitle } from '../storage/keys';
export {
  $quarantine,
  $storageStatus,
  $unsaved,
  discardQuarantined,
  releaseInPlace,
  retryUnsaved,
  type SaveFailure,
  returnToQuarantine,
  type QuarantineEntry,
} from '../storage/runtime';

/** True when changes are saved (not only in memory) and a backup is due. */
export function backupDue(status: StorageStatus, info: Meta, now = new Date()): boolean {
  return status.mode === 'local' && backupIsDue(info, now);
}

/** A set-aside value as a file to download, exactly as it was stored. */
export function recoveredFile(entry: QuarantineEntry): {
  name: string;
  text: string;
  type: string;
} {
  // The person's own date, as on every other file name (not the UTC one of the timestamp).
  const stamp = localDay(entry.at ?? '') || today();
  return {
    name: `medmentor-recovered-${entry.store}-${stamp}.txt`,
    text: entry.raw,
    type: 'text/plain',
  };
}
