import Field from './Field';

/** A labelled drop-down of fixed choices, each shown by its label in `labels`. */
interface Props<T extends string> {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

export default function SelectField<T extends string>({
  id,
  label,
  value,
  choices,
  labels,
  onChange,
}: Props<T>) {
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </Field>
  );
}
