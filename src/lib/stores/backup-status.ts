/**
 * The quiet one-line backup status near the top of every tool: when the last backup was, in
 * words ("Last backup: 3 days ago"), or that there is none yet. Days are counted on the person's
 * own calendar: a backup made last night is "yesterday", whatever the hour.
 */
import { daysBetween, localDay, today } from '../dates';
import type { Meta } from '../schemas/meta';

export function backupStatusText(meta: Meta, locale: string, now = new Date()): string {
  const day = meta.lastBackupAt ? localDay(meta.lastBackupAt) : '';
  if (!day) return 'No backup yet';
  // A clock set back (or a backup file from a later date) reads as today, never "in 2 days".
  const days = Math.max(0, daysBetween(day, today(now)));
  const when = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  return `Last backup: ${when}`;
}
