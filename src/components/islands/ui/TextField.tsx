/**
 * A labelled text box: one line, or several with `rows`; an optional hint under the label is
 * read with the box. `onChange` fires when the person leaves a changed box.
 * `maxLength` is the limit of the schema the text is saved in (src/lib/schemas, `…Limits`): the
 * browser stops typing there, and from 90 % of it a counter shows how much room is left.
 */
import { formatNumber, pageLocale } from '~/lib/format';
import Field, { describedBy } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onChange?: ((value: string) => void) | undefined;
  /** Lines of a multi-line box. Default: one line. */
  rows?: number | undefined;
  hint?: string | undefined;
  /**
   * The most characters the box takes: a limit exported by the schema, never a new number.
   * Every box whose text is saved has one; only a box that is never stored may leave it out.
   */
  maxLength?: number | undefined;
  required?: boolean;
  /** Turns off the browser's suggestions (names of people, not the person's own). */
  noAutocomplete?: boolean;
}

/** From this share of the limit on, the counter shows. */
const COUNTER_FROM = 0.9;

/** "1,850 of 2,000 characters", once the text is near its limit; null before that. */
export function counterText(length: number, max: number, locale: string): string | null {
  if (length < max * COUNTER_FROM) return null;
  return `${formatNumber(length, locale)} of ${formatNumber(max, locale)} characters`;
}

export default function TextField({
  id,
  label,
  value,
  onInput,
  onChange,
  rows,
  hint,
  maxLength,
  ...rest
}: Props) {
  const counter = maxLength ? counterText(value.length, maxLength, pageLocale()) : null;
  const box = {
    id,
    value,
    maxLength,
    required: rest.required,
    'aria-describedby': describedBy(id, hint, counter),
  };
  return (
    <Field id={id} label={label} hint={hint} note={counter === null ? null : { text: counter }}>
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
