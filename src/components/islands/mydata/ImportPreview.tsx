/**
 * What importing a chosen backup will change, worked out again when stored data changes (another
 * tab, an import), with merge or replace and the Import button. Loaded with the import code once
 * a file is chosen, so My data ships it only to people who restore.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '~/lib/format';
import {
  applyImport,
  changeText,
  previewImport,
  type ImportPreview as Preview,
} from '~/lib/stores/data';
import type { ImportMode, StoredPart } from '~/lib/stores/data-views';

interface Props {
  /** The backup file's text. */
  text: string;
  /** What is stored now: the preview is worked out again when it changes. */
  parts: readonly StoredPart[];
  locale: string;
  /** Why the file cannot be imported, or null: shown by the page's alert. */
  onProblem: (message: string | null) => void;
  /** After Import or Cancel, with what to say. */
  onDone: (message: string) => void;
}

export default function ImportPreview({ text, parts, locale, onProblem, onDone }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    const next = previewImport(text, mode);
    setPreview(next);
    onProblem(next.ok ? null : next.message);
  }, [text, mode, parts, onProblem]);

  const apply = () => {
    if (!preview?.ok) return;
    const failed = applyImport(preview.changes);
    onDone(
      failed.length === 0
        ? 'Your backup has been imported.'
        : `Some parts could not be saved because storage is full: ${failed.join(', ')}. Everything else was imported.`,
    );
  };

  return (
    <>
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
      {preview?.ok && (
        <div class="preview" role="region" aria-label="What the import will change">
          <p>Backup from {formatDateTime(preview.exportedAt, locale)}. This is what will happen:</p>
          <ul>
            {preview.changes.map((change) => (
              <li key={change.definition.name}>
                <strong>{change.definition.title}</strong>: {changeText(change)}
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
            <button type="button" class="button" onClick={apply}>
              Import
            </button>
            <button
              type="button"
              class="button button--quiet"
              onClick={() => onDone('Import canceled. Nothing was changed.')}
            >
              Cancel
            </button>
          </p>
        </div>
      )}
    </>
  );
}
