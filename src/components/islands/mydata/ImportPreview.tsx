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
import Choice from '../ui/Choice';

/** The two ways of importing, as offered in the form. */
const modes: readonly { value: ImportMode; text: string }[] = [
  { value: 'merge', text: 'Merge: keep what is here and add what is in the file' },
  { value: 'replace', text: 'Replace: what is in the file replaces what is here' },
];

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
        {modes.map(({ value, text }) => (
          <Choice
            key={value}
            type="radio"
            name="import-mode"
            value={value}
            checked={mode === value}
            onChange={() => setMode(value)}
          >
            {text}
          </Choice>
        ))}
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
