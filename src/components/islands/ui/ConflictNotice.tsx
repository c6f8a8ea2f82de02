/**
 * Under a field whose stored text was changed in another tab while the person typed in it: says
 * so, shows the other tab's text, and lets the person keep either. Marked `data-unsaved`, so an
 * update's reload waits until the person has chosen (src/scripts/app.ts).
 */
import { unsavedNote } from '~/lib/stores/draft';

interface Props {
  /** The field's label. */
  label: string;
  /** The other tab's text (what is stored now). */
  theirs: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

export default function ConflictNotice({ label, theirs, onKeepMine, onUseTheirs }: Props) {
  return (
    <div class="notice notice--warning" role="alert" data-unsaved={unsavedNote(label)}>
      <p>
        <strong>{label}</strong>: this was changed in another tab while you were typing here.
      </p>
      <p class="muted" dir="auto">
        The other tab's text: {theirs || '(empty)'}
      </p>
      <p class="notice-actions">
        <button type="button" class="button button--small" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" class="button button--quiet button--small" onClick={onUseTheirs}>
          Use the other tab's
        </button>
      </p>
    </div>
  );
}
