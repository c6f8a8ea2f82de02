import type { ComponentChildren } from 'preact';

/**
 * The wrapper of one labelled box: the label, an optional hint (`${id}-hint`), the box itself,
 * and an optional note under it (`${id}-note`: a character counter, or why a value was refused).
 * A box that has a hint or a note lists their ids in `aria-describedby` (see `describedBy`).
 */
interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Shown under the box, announced politely as it changes; nothing when absent. */
  note?: { text: string; error?: boolean } | null | undefined;
  children: ComponentChildren;
}

/** The `aria-describedby` of a box: its hint and its note, when present. */
export function describedBy(id: string, hint: unknown, note: unknown): string | undefined {
  const ids = [hint && `${id}-hint`, note && `${id}-note`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export default function Field({ id, label, hint, note, children }: Props) {
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      <span
        class={note?.error ? 'small overdue-text' : 'hint'}
        id={`${id}-note`}
        aria-live="polite"
        hidden={!note}
      >
        {note?.text ?? ''}
      </span>
    </div>
  );
}
