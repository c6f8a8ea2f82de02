/**
 * A form's text boxes from a table, in its order: each one's id is `${prefix}${key}`, its text
 * `values[key]`, and typing reports `{ [key]: text }`.
 */
import TextField from './TextField';

/** One box of the table: the key of its text, and the TextField props it sets itself. */
interface Box<K extends string> {
  key: K;
  label: string;
  /** The schema's limit (src/lib/schemas, `…Limits`). */
  maxLength: number;
  rows?: number;
  required?: boolean;
  noAutocomplete?: boolean;
}

interface Props<K extends string> {
  prefix: string;
  fields: readonly Box<K>[];
  values: Record<K, string>;
  onChange: (change: Partial<Record<K, string>>) => void;
}

export default function TextFields<K extends string>({
  prefix,
  fields,
  values,
  onChange,
}: Props<K>) {
  return (
    <>
      {fields.map(({ key, ...field }) => (
        <TextField
          key={key}
          id={`${prefix}${key}`}
          {...field}
          value={values[key]}
          // A computed key widens to string in TypeScript; here it is always one of K.
          onInput={(text) => onChange({ [key]: text } as Partial<Record<K, string>>)}
        />
      ))}
    </>
  );
}
