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
  releaseInPlace,
  retryUnsaved,
  type SaveFailure,
  returnToQuarantine,
  storeTitle,
  type QuarantineEntry,
} from '~/lib/stores/storage-views';
import { offerUndo } from '~/lib/stores/undo';
import DownloadButton from '../ui/DownloadButton';
import QuietButton from '../ui/QuietButton';
import type Recovery from './Recovery';

export { default as UndoNotice } from '../ui/UndoNotice';

/**
 * Storage is not available: what is entered is kept for this visit only ("session": until the
 * tab closes, across its pages) or for this page only ("memory").
 */
export function NotKept({ mode }: { mode: 'session' | 'memory' }) {
  return (
    <div class="notice notice--warning" role="status">
      <p class="notice-title">
        {mode === 'session'
          ? 'What you enter is kept only until you close this tab'
          : 'Nothing you enter will be kept after this page'}
      </p>
      <p>
        This browser is not letting the site save anything for later (this happens in some private
        windows and with some privacy settings). You can use every tool,{' '}
        {mode === 'session'
          ? 'and what you enter stays while this tab is open, across pages.'
          : 'but what you enter is gone when you leave or reload this page.'}{' '}
        Export a backup on My data before you close it, or open the site in a normal window.
      </p>
    </div>
  );
}

interface SaveFailedProps {
  failure: SaveFailure;
  /** The stores whose latest change is on screen but not saved. */
  unsaved: readonly string[];
}

/** A change was not saved (shown inside the page's alert region), and what to do about it. */
export function SaveFailed({ failure, unsaved }: SaveFailedProps) {
  const [retried, setRetried] = useState(false);
  const title = storeTitle(failure.key.replace(/^medmentor:/, ''));
  if (failure.reason === 'invalid' || failure.reason === 'blocked') {
    return (
      <div class="notice notice--error">
        <p class="notice-title">That change was not saved</p>
        <p>
          {failure.reason === 'blocked'
            ? `${title} cannot change until you download or delete the data below that could not be read: there is no room to set it aside, and saving would overwrite it.`
            : `It would not fit: ${failure.message ?? 'it does not have the expected shape'}. What was saved before is as it was.`}
        </p>
      </div>
    );
  }
  return (
    <div class="notice notice--error">
      <p class="notice-title">Not saved yet: {unsaved.map(storeTitle).join(', ') || title}</p>
      <p>
        {failure.reason === 'quota'
          ? 'The storage this browser gives the site is full. Your latest changes are still on screen but not saved; they will be lost if you close the page. Free some space (delete things you no longer need), then try again, or download a backup now.'
          : 'The browser refused to save. Your latest changes are still on screen but not saved; download a backup to keep them.'}
      </p>
      <p class="notice-actions">
        <button
          type="button"
          class="button button--small"
          onClick={() => setRetried(!retryUnsaved())}
        >
          Try saving again
        </button>
        <DownloadButton class="button button--quiet button--small" file={unsavedBackup}>
          Download a backup
        </DownloadButton>
      </p>
      {retried && <p>Still not saved. Free some space, or download a backup.</p>}
    </div>
  );
}

/** Everything, unsaved changes included, as a backup file. */
async function unsavedBackup() {
  const { exportBackup } = await import('~/lib/stores/data');
  const { fileName, text } = exportBackup();
  return { name: fileName, text };
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
              {entry.inPlace &&
                ' There is no room to set it aside, so it is still in its place and this part cannot change until you download or delete it.'}
            </span>
            <span class="notice-actions">
              <DownloadButton
                class="button button--quiet button--small"
                file={() => recoveredFile(entry)}
                onSaved={() => entry.inPlace && releaseInPlace(entry.key)}
              >
                Download the raw data
              </DownloadButton>
              {!entry.inPlace && (
                <QuietButton
                  small
                  aria-expanded={restoring === entry.key}
                  onClick={() => tryRestore(entry.key)}
                >
                  Try to restore
                </QuietButton>
              )}
              <QuietButton small onClick={() => deleteSetAside(entry)}>
                Delete it
              </QuietButton>
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
