/**
 * The end of an edit form: its Save button (named for what it saves), Cancel, and, when given,
 * the form's own status line, so a refusal shows where the person pressed Save.
 */
import StatusLine, { type Tone } from './StatusLine';

interface Props {
  save: string;
  onCancel: () => void;
  status?: { text: string; tone: Tone };
}

export default function FormEnd({ save, onCancel, status }: Props) {
  return (
    <>
      <p class="actions">
        <button type="submit" class="button">
          {save}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </p>
      {status && <StatusLine message={status.text} tone={status.tone} />}
    </>
  );
}
