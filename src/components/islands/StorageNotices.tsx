/**
 * The data layer's warnings, for every tool page: storage not available (nothing will be
 * kept), a save that failed because storage is full, values set aside because they could not
 * be read (with a download of the raw data), and, optionally, the backup reminder. Each is
 * rare, so their text (./notices/parts.tsx) loads only once one is to be shown. On tool pages a
 * quiet line also says when the last backup was ("Last backup: 3 days ago · Back up").
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { backupStatusText } from '~/lib/stores/backup-status';
import { meta } from '~/lib/stores/meta';
import { $quarantine, $storageStatus, $unsaved, backupDue } from '~/lib/stores/storage-views';
import { $undo } from '~/lib/stores/undo';
import type * as NoticeParts from './notices/parts';
import { useHydrated } from './useHydrated';

type Parts = typeof NoticeParts;

interface Props {
  /** Show the "time to back up" reminder when it is due. */
  nudge?: boolean;
  /** Where the My data page is, for links from tool pages. */
  myDataHref?: string;
  locale: string;
}

export default function StorageNotices({ nudge = false, myDataHref, locale }: Props) {
  const status = useStore($storageStatus);
  const quarantined = useStore($quarantine);
  const info = useStore(meta.$value);
  const hydrated = useHydrated();
  const due = nudge && backupDue(status, info);
  const undo = useStore($undo);
  const unsaved = useStore($unsaved);
  const needed =
    status.mode === 'memory' ||
    status.mode === 'session' ||
    status.failure !== null ||
    quarantined.length > 0 ||
    due ||
    undo !== null;
  const [parts, setParts] = useState<Parts | null>(null);
  useEffect(() => {
    if (needed && !parts) void import('./notices/parts').then(setParts);
  }, [needed, parts]);

  return (
    <div class="notices">
      {/* Quiet and always there on tool pages (My data shows it in full): the last backup. */}
      {hydrated && status.mode === 'local' && myDataHref && (
        <p class="backup-status muted small">
          {backupStatusText(info, locale)} · <a href={myDataHref}>Back up</a>
        </p>
      )}
      {parts && (status.mode === 'memory' || status.mode === 'session') && (
        <parts.NotKept mode={status.mode} />
      )}
      {/* Always in the page, so a failure that comes later is announced. */}
      <div role="alert">
        {parts && status.failure && <parts.SaveFailed failure={status.failure} unsaved={unsaved} />}
      </div>
      {parts && quarantined.length > 0 && <parts.SetAside entries={quarantined} locale={locale} />}
      {parts && due && <parts.BackupNudge info={info} locale={locale} myDataHref={myDataHref} />}
      {/* The undo offer after any delete in this tool (ui/UndoNotice.tsx). */}
      <div role="status" class="undo-notice">
        {parts && <parts.UndoNotice />}
      </div>
    </div>
  );
}
