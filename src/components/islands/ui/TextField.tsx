/**
 * A labelled text box: one line, or several with `rows`; an optional hint under the label is
 * read with the box. `onChange` fires when the person leaves a changed box.
 */
import Field from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onChange?: ((value: string) => void) | undefined;
  /** Lines of a multi-line box. Default: one line. */
  rows?: number | undefined;
  hint?: string | undefined;
  maxLength?: number | undefined;
  required?: boolean;
  /** Turns off the browser's suggestions (names of people, not the person's own). */
  noAutocomplete?: boolean;
}

export default function TextField({
  id,
  label,
  value,
  onInput,
  onChange,
  rows,
  hint,
  ...rest
}: Props) {
  const box = {
    id,
    value,
    maxLength: rest.maxLength,
    required: rest.required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <Field id={id} label={label} hint={hint}>
      {rows ? (
        <textarea
          {...box}
          rows={rows}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={onChange && ((e) => onChange(e.currentTarget.value))}
        />
      ) : (
        <input
          {...box}
          autocomplete={rest.noAutocomplete ? 'off' : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={onChange && ((e) => onChange(e.currentTarget.value))}
        />
      )}
    </Field>
  );
}
