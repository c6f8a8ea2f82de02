/**
 * What importing a chosen file will change, worked out again when stored data changes (another
 * tab, an import): for a backup, merge or replace, the agreement's parts filled in differently
 * on both sides (keep mine or take the file's, one by one) and the Import button; for the raw
 * data downloaded from a set-aside value, the same preview as "Try to restore". Loaded with the
 * import code once a file is chosen, so My data ships it only to people who restore.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDateTime } from '~/lib/format';
import {
  applyImport,
  changeText,
  previewImport,
  type ImportPreview as Preview,
} from '~/lib/stores/data';
import type { ImportMode, StoredPart } from '~/lib/stores/data-views';
import { recognizeRecovered } from '~/lib/stores/recover';
import Recovery from '../notices/Recovery';
import Choice from '../ui/Choice';

/** The two ways of importing, as offered in the form. */
const modes: readonly { value: ImportMode; text: string }[] = [
  { value: 'merge', text: 'Merge: keep what is here and add what is in the file' },
  { value: 'replace', text: 'Replace: what is in the file replaces what is here' },
];

const canceled = 'Import canceled. Nothing was changed.';

interface Props {
  /** The chosen file's name and text. */
  name: string;
  text: string;
  /** What is stored now: the preview is worked out again when it changes. */
  parts: readonly StoredPart[];
  locale: string;
  /** Why the file cannot be imported, or null: shown by the page's alert. */
  onProblem: (message: string | null) => void;
  /** After Import or Cancel, with what to say. */
  onDone: (message: string) => void;
}

export default function ImportPreview(props: Props) {
  const { name, text, onProblem, onDone } = props;
  const store = useMemo(() => recognizeRecovered(name, text), [name, text]);
  useEffect(() => {
    if (store) onProblem(null);
  }, [store, onProblem]);
  if (!store) return <BackupPreview {...props} />;
  return (
    <section aria-label="Raw data from a set-aside value">
      <p>This file holds data that was set aside because it could not be read.</p>
      <Recovery store={store} raw={text} onDone={(message) => onDone(message || canceled)} />
    </section>
  );
}

/** A short quote of a part's text for the choice between mine and the file's. */
const quote = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

function BackupPreview({ text, parts, locale, onProblem, onDone }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  // Conflicts (`store:key`) where the person takes the file's part; mine is kept otherwise.
  const [take, setTake] = useState<ReadonlySet<string>>(new Set());
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    const next = previewImport(text, mode, take);
    setPreview(next);
    onProblem(next.ok ? null : next.message);
  }, [text, mode, take, parts, onProblem]);

  const choose = (id: string, theirs: boolean) => {
    const next = new Set(take);
    if (theirs) next.add(id);
    else next.delete(id);
    setTake(next);
  };

  const apply = () => {
    if (!preview?.ok) return;
    const failed = applyImport(preview.changes);
    onDone(
      failed.length === 0
        ? 'Your backup has been imported.'
        : `Some parts could not be saved because storage is full: ${failed.join(', ')}. Everything else was imported.`,
    );
  };

  const conflicts = preview?.ok
    ? preview.changes.flatMap((change) =>
        change.conflicts.map((conflict) => ({
          id: `${change.definition.name}:${conflict.key}`,
          title: change.definition.title,
          ...conflict,
        })),
      )
    : [];

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
          {conflicts.length > 0 && (
            <>
              <p>
                These parts are filled in both here and in the file, differently. Yours are kept
                unless you choose the file&apos;s:
              </p>
              {conflicts.map((conflict) => (
                <fieldset class="field" key={conflict.id}>
                  <legend>
                    {conflict.title}: {conflict.label}
                  </legend>
                  <Choice
                    type="radio"
                    name={`take-${conflict.id}`}
                    checked={!take.has(conflict.id)}
                    onChange={() => choose(conflict.id, false)}
                  >
                    Keep mine: <q dir="auto">{quote(conflict.mine)}</q>
                  </Choice>
                  <Choice
                    type="radio"
                    name={`take-${conflict.id}`}
                    checked={take.has(conflict.id)}
                    onChange={() => choose(conflict.id, true)}
                  >
                    Take the file&apos;s: <q dir="auto">{quote(conflict.theirs)}</q>
                  </Choice>
                </fieldset>
              ))}
            </>
          )}
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
            <button type="button" class="button button--quiet" onClick={() => onDone(canceled)}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </>
  );
}
