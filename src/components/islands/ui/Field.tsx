import type { ComponentChildren } from 'preact';

/** The wrapper of one labelled box: the label, an optional hint (`${id}-hint`) and the box itself. */
interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  children: ComponentChildren;
}

export default function Field({ id, label, hint, children }: Props) {
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}
