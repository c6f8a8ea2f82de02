/**
 * Restoring from a backup file: the file is read (refused first when too large), what it would
 * change is previewed, and nothing is saved until the person says Import. The preview loads
 * with the import code when a file is chosen.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $storedParts } from '~/lib/stores/data-views';
import type ImportPreview from './ImportPreview';
import StatusLine, { useStatus } from '../ui/StatusLine';
import { dataActions } from './actions';

const none = { name: '', text: null, error: null };

export default function Restore({ locale }: { locale: string }) {
  const [status, say] = useStatus();
  // An import preview is worked out again when stored data changes (another tab, an import).
  const parts = useStore($storedParts);
  const [file, setFile] = useState<{ name: string; text: string | null; error: string | null }>(
    none,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [Preview, setPreview] = useState<typeof ImportPreview | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    say('');
    setProblem(null);
    if (!chosen) return setFile(none);
    const [{ readBackupFile }, { default: loaded }] = await Promise.all([
      dataActions(),
      import('./ImportPreview'),
    ]);
    setPreview(() => loaded);
    const read = await readBackupFile(chosen, locale);
    setFile({
      name: chosen.name,
      text: read.ok ? read.text : null,
      error: read.ok ? null : read.message,
    });
  };

  const done = (message: string) => {
    setFile(none);
    setProblem(null);
    say(message);
  };

  const error = file.error ?? problem;

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Restore from a backup</h2>
      <p>Choose a backup file. You will see what it changes before anything is saved.</p>
      <label class="field">
        <span>Backup file</span>
        <input
          type="file"
          accept=".json,.txt,application/json,text/plain"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <div role="alert">
        {error && (
          <p class="notice notice--error">
            {file.name ? `${file.name}: ` : ''}
            {error}
          </p>
        )}
      </div>
      {Preview && file.text !== null && (
        <Preview
          name={file.name}
          text={file.text}
          parts={parts}
          locale={locale}
          onProblem={setProblem}
          onDone={done}
        />
      )}
      <StatusLine message={status.text} tone={status.tone} />
    </section>
  );
}
