/**
 * A labelled calendar date ("2026-11-24"); an emptied field gives null. Only real dates from
 * DATE_MIN to DATE_MAX (src/lib/dates.ts) are passed on: the picker offers no others, and one
 * typed by hand (a five-digit year) stays in the box, marked, with a message saying why, while
 * the last good date is kept; the form cannot be submitted until it is corrected.
 */
import { useState } from 'preact/hooks';
import { DATE_MAX, DATE_MIN, calendarDateMessage, isCalendarDate } from '~/lib/dates';
import Field, { describedBy } from './Field';

interface Props {
  id: string;
  label: string;
  value: string | null;
  onInput: (day: string | null) => void;
  onChange?: ((day: string | null) => void) | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** Why a typed date is refused, shown under the box. */
export const refusedDate = `That is ${calendarDateMessage}. Pick a date from the calendar, or correct the year.`;

export default function DateField({ id, label, value, onInput, onChange, hint, required }: Props) {
  // A refused date as typed: shown as it is (resetting the box would undo the typing).
  const [refused, setRefused] = useState<string | null>(null);
  /** The box's date for `report`, or nothing when it is refused. */
  const check = (box: HTMLInputElement, report: ((day: string | null) => void) | undefined) => {
    const day = box.value;
    const bad = day !== '' && !isCalendarDate(day);
    box.setCustomValidity(bad ? refusedDate : '');
    setRefused(bad ? day : null);
    if (!bad) report?.(day || null);
  };
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      note={refused === null ? null : { text: refusedDate, error: true }}
    >
      <input
        id={id}
        type="date"
        min={DATE_MIN}
        max={DATE_MAX}
        required={required}
        aria-invalid={refused !== null || undefined}
        aria-describedby={describedBy(id, hint, refused)}
        value={refused ?? value ?? ''}
        onInput={(e) => check(e.currentTarget, onInput)}
        onChange={(e) => check(e.currentTarget, onChange)}
      />
    </Field>
  );
}
