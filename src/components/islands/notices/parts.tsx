/**
 * The storage notices themselves (StorageNotices decides which are shown). Each is rare, so
 * this loads only when one is needed: pages that work normally ship none of this text.
 */
import { pluralCount } from '~/i18n/plural';
import { formatTimestamp } from '~/lib/format';
import type { Meta } from '~/lib/schemas/meta';
import { useState } from 'preact/hooks';
import {
  discardQuarantined,
  recoveredFile,
  returnToQuarantine,
  storeTitle,
  type QuarantineEntry,
} from '~/lib/stores/storage-views';
import { offerUndo } from '~/lib/stores/undo';
import DownloadButton from '../ui/DownloadButton';
import type Recovery from './Recovery';

export { default as UndoNotice } from '../ui/UndoNotice';

/** Storage is not available: nothing will be kept after this visit. */
export function MemoryOnly() {
  return (
    <div class="notice notice--warning" role="status">
      <p class="notice-title">Nothing you enter will be kept</p>
      <p>
        This browser is not letting the site save anything (this happens in some private windows and
        with some privacy settings). You can use every tool, but what you enter will be gone when
        you close this page. Export a backup before you leave, or open the site in a normal window.
      </p>
    </div>
  );
}

/** The last change could not be saved (shown inside the page's alert region). */
export function SaveFailed({ quota }: { quota: boolean }) {
  return (
    <div class="notice notice--error">
      <p class="notice-title">Your last change could not be saved</p>
      <p>
        {quota
          ? 'The storage this browser gives the site is full. What was saved before is still safe. Free some space by deleting things you no longer need, or export a backup.'
          : 'The browser refused to save it. What was saved before is still safe. Export a backup to keep a copy of your changes.'}
      </p>
    </div>
  );
}

interface SetAsideProps {
  entries: readonly QuarantineEntry[];
  locale: string;
}

/** Deletes a set-aside value at once, with the undo every delete offers. */
function deleteSetAside(entry: QuarantineEntry) {
  const gone = discardQuarantined(entry.key);
  const what = `set-aside data of "${storeTitle(entry.store)}"`;
  if (gone) {
    offerUndo({
      message: `Deleted the ${what}.`,
      restored: `The ${what} is back.`,
      undo: () => returnToQuarantine(gone),
    });
  }
}

/** Values set aside because they could not be read: download the raw data, or delete it. */
export function SetAside({ entries: quarantined, locale }: SetAsideProps) {
  // "Try to restore" opens its preview under the entry; the preview code loads on first use.
  const [restoring, setRestoring] = useState<string | null>(null);
  const [Preview, setPreview] = useState<typeof Recovery | null>(null);
  const tryRestore = (key: string) => {
    setRestoring(key);
    if (!Preview) void import('./Recovery').then((m) => setPreview(() => m.default));
  };
  return (
    <div class="notice notice--warning" role="status">
      <p class="notice-title">Some saved data could not be read</p>
      <p>
        It has been set aside, unchanged, so nothing is lost, and the tools carry on without it. Try
        to restore it (you see what changes first), or download it to keep a copy.
      </p>
      <ul class="quarantine-list">
        {quarantined.map((entry) => (
          <li key={entry.key}>
            <span>
              <strong>{storeTitle(entry.store)}</strong>
              {entry.at ? `, set aside ${formatTimestamp(entry.at, locale)}` : ''}: {entry.reason}.
            </span>
            <span class="notice-actions">
              <DownloadButton
                class="button button--quiet button--small"
                file={() => recoveredFile(entry)}
              >
                Download the raw data
              </DownloadButton>
              {!entry.inPlace && (
                <button
                  type="button"
                  class="button button--quiet button--small"
                  aria-expanded={restoring === entry.key}
                  onClick={() => tryRestore(entry.key)}
                >
                  Try to restore
                </button>
              )}
              <button
                type="button"
                class="button button--quiet button--small"
                onClick={() => deleteSetAside(entry)}
              >
                Delete it
              </button>
            </span>
            {Preview && restoring === entry.key && (
              <Preview
                store={entry.store}
                raw={entry.raw}
                entryKey={entry.key}
                onDone={() => setRestoring(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface NudgeProps {
  info: Meta;
  locale: string;
  /** Where the My data page is; absent on My data itself. */
  myDataHref: string | undefined;
}

/** Time to back up: changes no backup holds, and when the last backup was. */
export function BackupNudge({ info, locale, myDataHref }: NudgeProps) {
  return (
    <div class="notice" role="status">
      <p class="notice-title">Time to back up</p>
      <p>
        {pluralCount(locale, info.changesSinceBackup, {
          one: 'You have {n} change that no backup holds',
          other: 'You have {n} changes that no backup holds',
        })}
        {info.lastBackupAt
          ? ` (last backup ${formatTimestamp(info.lastBackupAt, locale)})`
          : ' and no backup yet'}
        . Browsers can erase site data.{' '}
        {myDataHref ? (
          <a href={myDataHref}>Export a backup on the My data page.</a>
        ) : (
          'Export a backup below.'
        )}
      </p>
    </div>
  );
}
