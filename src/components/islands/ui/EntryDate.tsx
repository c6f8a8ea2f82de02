/** The date of a dated entry (a progress log entry, a meeting): required, so never empty. */
import DateField from './DateField';

interface Props {
  id: string;
  value: string;
  onInput: (date: string) => void;
}

export default function EntryDate({ id, value, onInput }: Props) {
  return (
    <DateField id={id} label="Date" required value={value} onInput={(day) => onInput(day ?? '')} />
  );
}
