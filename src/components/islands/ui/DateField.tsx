/** A labelled calendar date ("2026-11-24"); an emptied field gives null. */
import Field from './Field';

interface Props {
  id: string;
  label: string;
  value: string | null;
  onInput: (day: string | null) => void;
  onChange?: ((day: string | null) => void) | undefined;
  hint?: string | undefined;
  required?: boolean;
}

export default function DateField({ id, label, value, onInput, onChange, hint, required }: Props) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type="date"
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value ?? ''}
        onInput={(e) => onInput(e.currentTarget.value || null)}
        onChange={onChange && ((e) => onChange(e.currentTarget.value || null))}
      />
    </Field>
  );
}
