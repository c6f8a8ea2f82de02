/**
 * The My data page: what is stored, backup and restore, share with a mentor, persistent
 * storage, and deleting everything. Logic lives in src/lib/stores/data.ts; this renders it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, type ImportMode } from '~/lib/storage/backup';
import { storageUsage, $storageStatus } from '~/lib/storage/runtime';
import type { ImportPreview } from '~/lib/stores/data';
import { meta } from '~/lib/stores/meta';
import { dataStores } from '~/lib/stores/registry';
import { downloadText } from './download';
import StorageNotices from './StorageNotices';

interface Props {
  locale: string;
  /** Absolute path of the /share/ page under the base path. */
  sharePath: string;
}

function formatBytes(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  return kb < 1
    ? `${bytes} bytes`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(kb)} KB`;
}

type Persisted = 'unsupported' | 'yes' | 'no' | 'refused';

/*
 * Backup, import, delete and share code loads on first use: the page shows what is stored
 * straight away and ships the rest only to people who use it.
 */
const data = () => import('~/lib/stores/data');
type ShareFormComponent = (typeof import('./ShareForm'))['default'];

export default function MyData({ locale, sharePath }: Props) {
  const status = useStore($storageStatus);
  const info = useStore(meta.$value);
  // Re-render when any store changes (another tab, an import).
  const values = dataStores.map((store) => useStore(store.$value));
  const [message, setMessage] = useState<string | null>(null);
  const [fileText, setFileText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [persisted, setPersisted] = useState<Persisted>('unsupported');
  const [ShareForm, setShareForm] = useState<ShareFormComponent | null>(null);

  useEffect(() => {
    navigator.storage?.persisted?.().then(
      (yes) => setPersisted(yes ? 'yes' : 'no'),
      () => setPersisted('unsupported'),
    );
  }, []);

  useEffect(() => {
    if (fileText === null) setPreview(null);
    else void data().then(({ previewImport }) => setPreview(previewImport(fileText, mode)));
  }, [fileText, mode, values.map((v) => JSON.stringify(v)).join()]);

  const usage = storageUsage();
  const totalBytes = usage.reduce((sum, u) => sum + u.bytes, 0);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  const onExport = async () => {
    const { fileName: name, text } = (await data()).exportBackup();
    downloadText(name, text);
    setMessage(`Backup saved as ${name}. Keep it somewhere safe, such as your files or email.`);
  };

  const onChooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setMessage(null);
    setFileError(null);
    setFileText(null);
    if (!file) return;
    setFileName(file.name);
    // Refused before reading, so a huge file never freezes the page.
    if (file.size > MAX_BACKUP_BYTES) {
      const mb = (file.size / 1024 / 1024).toFixed(1);
      setFileError(
        `This file is too large to be a MedMentor backup (${mb} MB; the limit is 5 MB). Nothing was changed.`,
      );
      return;
    }
    setFileText(await file.text());
  };

  const onImport = async () => {
    if (!preview?.ok) return;
    const failed = (await data()).applyImport(preview.changes);
    setFileText(null);
    setFileName('');
    setMessage(
      failed.length === 0
        ? 'Your backup has been imported.'
        : `Some parts could not be saved because storage is full: ${failed.join(', ')}. Everything else was imported.`,
    );
  };

  const onCancelImport = () => {
    setFileText(null);
    setFileName('');
    setPreview(null);
    setMessage('Import canceled. Nothing was changed.');
  };

  useEffect(() => {
    if (confirmDelete) cancelDelete.current?.focus();
  }, [confirmDelete]);

  const onPersist = async () => {
    const granted = await navigator.storage.persist();
    setPersisted(granted ? 'yes' : 'refused');
  };

  const onDelete = async () => {
    (await data()).deleteAllData();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-facilitator');
    setConfirmDelete(false);
    setMessage('All your MedMentor data has been deleted from this browser.');
  };

  return (
    <div class="tool">
      <StorageNotices locale={locale} nudge />
      <p class="notice notice--success" role="status">
        {message ?? ''}
      </p>

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">What is stored in this browser</h2>
        <table class="data-table">
          <caption class="visually-hidden">Your data in this browser</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {dataStores.map((store, i) => (
              <tr key={store.definition.name}>
                <th scope="row">{store.definition.title}</th>
                <td>{store.definition.describe(values[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Space used: <strong>{formatBytes(totalBytes, locale)}</strong>
          {status.mode === 'memory' ? ' (in memory only, for this visit)' : ' in this browser'}.
          <br />
          Last backup: <strong>{info.lastBackupAt ? date(info.lastBackupAt) : 'none yet'}</strong>
          {info.changesSinceBackup > 0 &&
            `; ${info.changesSinceBackup} change${info.changesSinceBackup === 1 ? '' : 's'} since`}
          .
        </p>
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">Back up your data</h2>
        <p>
          A backup is one file with everything above. Keep it somewhere safe. You can import it on
          this or any other device to get everything back.
        </p>
        <button type="button" class="button" onClick={onExport}>
          Export all my data
        </button>
        <h3>Ask the browser to keep your data</h3>
        {persisted === 'yes' ? (
          <p>This browser has agreed to keep this site's data unless you delete it yourself.</p>
        ) : persisted === 'unsupported' ? (
          <p>This browser does not let sites ask for this. A backup file is the sure protection.</p>
        ) : (
          <>
            <p>
              Browsers may clear a site's data when space runs low. You can ask this browser to keep
              it. Some browsers decide for themselves and may say no; a backup is still the sure
              protection.
            </p>
            <button type="button" class="button button--quiet" onClick={onPersist}>
              Ask to keep my data
            </button>
            {persisted === 'refused' && (
              <p role="status">The browser did not agree this time. Keep backing up.</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">Restore from a backup</h2>
        <p>Choose a backup file. You will see what it changes before anything is saved.</p>
        <label class="field">
          <span>Backup file</span>
          <input type="file" accept=".json,application/json" onChange={onChooseFile} />
        </label>
        {fileText !== null && (
          <fieldset class="field">
            <legend>If you already have data here</legend>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              Merge: keep what is here and add what is in the file
            </label>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              Replace: what is in the file replaces what is here
            </label>
          </fieldset>
        )}
        <div role="alert">
          {(fileError ?? (preview && !preview.ok ? preview.message : null)) && (
            <p class="notice notice--error">
              {fileName ? `${fileName}: ` : ''}
              {fileError ?? (preview && !preview.ok ? preview.message : '')}
            </p>
          )}
        </div>
        {preview?.ok && (
          <div class="preview" role="region" aria-label="What the import will change">
            <p>Backup from {date(preview.exportedAt)}. This is what will happen:</p>
            <ul>
              {preview.changes.map((change) => (
                <li key={change.definition.name}>
                  <strong>{change.definition.title}</strong>:{' '}
                  {change.action === 'unchanged'
                    ? `no change (${change.before})`
                    : change.action === 'add'
                      ? `will be added (${change.after})`
                      : change.action === 'merge'
                        ? `will be merged: ${change.before} now, ${change.after} after`
                        : `will be replaced: ${change.before} now, ${change.after} after`}
                </li>
              ))}
            </ul>
            {preview.unknownSections.length > 0 && (
              <p>
                This backup also has parts this version of the site does not know (
                {preview.unknownSections.join(', ')}). They will not be imported.
              </p>
            )}
            <p class="actions">
              <button type="button" class="button" onClick={onImport}>
                Import
              </button>
              <button type="button" class="button button--quiet" onClick={onCancelImport}>
                Cancel
              </button>
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="share-title">
        <h2 id="share-title">Share a summary with your mentor</h2>
        {ShareForm ? (
          <ShareForm sharePath={sharePath} />
        ) : (
          <>
            <p>
              Send your mentor a read-only summary of what you choose, through a link that never
              passes through a server.
            </p>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => import('./ShareForm').then((m) => setShareForm(() => m.default))}
            >
              Choose what to share
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete all my data</h2>
        <p>
          This removes everything MedMentor has stored in this browser, including anything set
          aside. It cannot be undone, so export a backup first if you may want it later.
        </p>
        {confirmDelete ? (
          <div class="notice notice--error" role="alertdialog" aria-labelledby="confirm-delete">
            <p id="confirm-delete" class="notice-title">
              Delete everything now? This cannot be undone.
            </p>
            <p class="actions">
              <button type="button" class="button button--danger" onClick={onDelete}>
                Yes, delete everything
              </button>
              <button
                type="button"
                class="button button--quiet"
                ref={cancelDelete}
                onClick={() => setConfirmDelete(false)}
              >
                Cancel
              </button>
            </p>
          </div>
        ) : (
          <button type="button" class="button button--quiet" onClick={() => setConfirmDelete(true)}>
            Delete all my data…
          </button>
        )}
      </section>
    </div>
  );
}
