import Choice from './Choice';

/** A fieldset of checkboxes, one per option; `picked` holds the keys of the ticked ones. */
interface Props {
  legend: string;
  options: readonly { key: string; label: string; disabled?: boolean }[];
  picked: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

export default function Checkboxes({ legend, options, picked, onToggle }: Props) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      {options.map(({ key, label, disabled }) => (
        <Choice
          key={key}
          type="checkbox"
          checked={picked.has(key)}
          disabled={disabled}
          onChange={() => onToggle(key)}
        >
          {label}
        </Choice>
      ))}
    </fieldset>
  );
}
