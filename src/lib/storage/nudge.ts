/**
 * When to remind someone to back up: there are changes that no backup holds, and either the
 * oldest of them (or the last backup) is more than 5 days old, or 20 or more have piled up.
 * Five days, because Safari erases script-writable storage (localStorage included) of a site
 * not visited for 7 days of browser use: the reminder has to come before that.
 */
import type { Meta } from '../schemas/meta';

export const NUDGE_DAYS = 5;
export const NUDGE_CHANGES = 20;
const DAY = 24 * 60 * 60 * 1000;

export function backupIsDue(meta: Meta, now: Date): boolean {
  if (meta.changesSinceBackup === 0) return false;
  if (meta.changesSinceBackup >= NUDGE_CHANGES) return true;
  const since = meta.lastBackupAt ?? meta.firstChangeAt;
  if (since === null) return false;
  return now.getTime() - Date.parse(since) > NUDGE_DAYS * DAY;
}

/** The bookkeeping after one more saved change. */
export function countChange(meta: Meta, now: Date): Meta {
  return {
    ...meta,
    changesSinceBackup: meta.changesSinceBackup + 1,
    firstChangeAt: meta.firstChangeAt ?? now.toISOString(),
  };
}

/** The bookkeeping after a backup was exported. */
export function markBackedUp(meta: Meta, now: Date): Meta {
  return { ...meta, lastBackupAt: now.toISOString(), firstChangeAt: null, changesSinceBackup: 0 };
}
