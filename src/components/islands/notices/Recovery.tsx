/**
 * "Try to restore" a set-aside value (or its downloaded raw file, on My data): what restoring
 * will add to the tool and what had to be changed, before anything is saved; Restore merges it
 * in, with an undo. Loaded only when the person asks, so no tool page ships it.
 */
import { useMemo, useState } from 'preact/hooks';
import { previewRecovery, restoreRecovered } from '~/lib/stores/recover';
import { offerUndo } from '~/lib/stores/undo';
import QuietButton from '../ui/QuietButton';
import TextList from '../ui/TextList';

interface Props {
  /** The store it belongs to, e.g. "plan". */
  store: string;
  /** The value exactly as it was stored. */
  raw: string;
  /** The set-aside entry, removed once restored; absent for a file. */
  entryKey?: string | undefined;
  /** After Restore (with what was said), or Cancel and Close (with nothing). */
  onDone: (message: string) => void;
}

export default function Recovery({ store, raw, entryKey, onDone }: Props) {
  const preview = useMemo(() => previewRecovery(store, raw), [store, raw]);
  const [failed, setFailed] = useState<string | null>(null);

  if (!preview.ok || failed) {
    return (
      <div class="preview">
        <p class="notice notice--error" role="alert">
          {failed ?? (preview.ok ? '' : preview.message)}
        </p>
        <QuietButton small onClick={() => onDone('')}>
          Close
        </QuietButton>
      </div>
    );
  }

  const restore = () => {
    const result = restoreRecovered(store, raw, entryKey);
    if (!result.ok) return setFailed(result.message);
    offerUndo({
      message: result.message,
      restored: entryKey
        ? 'The restore was undone: the data is set aside again.'
        : 'The restore was undone.',
      undo: result.undo,
    });
    onDone(result.message);
  };

  return (
    <div class="preview" role="region" aria-label={`What restoring to ${preview.title} will do`}>
      <p>This is what restoring it to {preview.title} will do:</p>
      <ul>
        {preview.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {preview.details.length > 0 && (
        <details>
          <summary>What was changed to make it readable</summary>
          <TextList items={preview.details} />
        </details>
      )}
      <p class="actions">
        <button type="button" class="button button--small" onClick={restore}>
          Restore
        </button>
        <QuietButton small onClick={() => onDone('')}>
          Cancel
        </QuietButton>
      </p>
    </div>
  );
}
