/**
 * The data layer's warnings, for every tool page: storage not available (nothing will be
 * kept), a save that failed because storage is full, values set aside because they could not
 * be read (with a download of the raw data), and, optionally, the backup reminder.
 */
import { useStore } from '@nanostores/preact';
import { storeTitle } from '~/lib/storage/keys';
import { backupIsDue } from '~/lib/storage/nudge';
import {
  $quarantine,
  $storageStatus,
  discardQuarantined,
  type QuarantineEntry,
} from '~/lib/storage/runtime';
import { meta } from '~/lib/stores/meta';
import { downloadText } from './download';

interface Props {
  /** Show the "time to back up" reminder when it is due. */
  nudge?: boolean;
  /** Where the My data page is, for links from tool pages. */
  myDataHref?: string;
  locale: string;
}

function recoveredFileName(entry: QuarantineEntry): string {
  const stamp = (entry.at ?? new Date().toISOString()).slice(0, 10);
  return `medmentor-recovered-${entry.store}-${stamp}.txt`;
}

export default function StorageNotices({ nudge = false, myDataHref, locale }: Props) {
  const status = useStore($storageStatus);
  const quarantined = useStore($quarantine);
  const info = useStore(meta.$value);
  const due = nudge && status.mode === 'local' && backupIsDue(info, new Date());
  const date = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : null;

  return (
    <div class="notices">
      {status.mode === 'memory' && (
        <div class="notice notice--warning" role="status">
          <p class="notice-title">Nothing you enter will be kept</p>
          <p>
            This browser is not letting the site save anything (this happens in some private windows
            and with some privacy settings). You can use every tool, but what you enter will be gone
            when you close this page. Export a backup before you leave, or open the site in a normal
            window.
          </p>
        </div>
      )}
      <div role="alert">
        {status.failure && (
          <div class="notice notice--error">
            <p class="notice-title">Your last change could not be saved</p>
            <p>
              {status.failure.reason === 'quota'
                ? 'The storage this browser gives the site is full. What was saved before is still safe. Free some space by deleting things you no longer need, or export a backup.'
                : 'The browser refused to save it. What was saved before is still safe. Export a backup to keep a copy of your changes.'}
            </p>
          </div>
        )}
      </div>
      {quarantined.length > 0 && (
        <div class="notice notice--warning" role="status">
          <p class="notice-title">Some saved data could not be read</p>
          <p>
            It has been set aside, unchanged, so nothing is lost, and the tools carry on without it.
            Download it to keep a copy; it may be readable by a newer version of the site.
          </p>
          <ul class="quarantine-list">
            {quarantined.map((entry) => (
              <li key={entry.key}>
                <span>
                  <strong>{storeTitle(entry.store)}</strong>
                  {entry.at ? `, set aside ${date(entry.at)}` : ''}: {entry.reason}.
                </span>
                <span class="notice-actions">
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    onClick={() => downloadText(recoveredFileName(entry), entry.raw, 'text/plain')}
                  >
                    Download the raw data
                  </button>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    onClick={() => discardQuarantined(entry.key)}
                  >
                    Delete it
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {due && (
        <div class="notice" role="status">
          <p class="notice-title">Time to back up</p>
          <p>
            You have {info.changesSinceBackup} change{info.changesSinceBackup === 1 ? '' : 's'} that
            no backup holds
            {info.lastBackupAt ? ` (last backup ${date(info.lastBackupAt)})` : ' and no backup yet'}
            . Browsers can erase site data.{' '}
            {myDataHref ? (
              <a href={myDataHref}>Export a backup on the My data page.</a>
            ) : (
              'Export a backup below.'
            )}
          </p>
        </div>
      )}
    </div>
  );
}
