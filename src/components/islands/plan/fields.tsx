/**
 * The planner's own field pieces, on the shared ui fields: a text field saved when left, and
 * the five SMART fields with their help and examples.
 */
import type { GoalFields } from '~/lib/goals/model';
import { planLimits } from '~/lib/schemas/plan';
import ConflictNotice from '../ui/ConflictNotice';
import TextField from '../ui/TextField';
import { useDraft } from '../ui/useDraft';
import { smart } from './text';

type TextFieldProps = Parameters<typeof TextField>[0];

/**
 * A text field saved once the person leaves it. What is typed is kept as a draft until then: a
 * save elsewhere (another field, another tab) re-renders the field and would otherwise replace
 * the typing with the stored text. When another tab changes this field meanwhile, the person is
 * told and picks which text to keep (nothing is saved over either until then).
 */
export function SavedField({
  value,
  onSave,
  ...props
}: Omit<TextFieldProps, 'onInput' | 'onChange'> & { onSave: (value: string) => void }) {
  const draft = useDraft(value, onSave);
  return (
    <>
      <TextField {...props} value={draft.text} onInput={draft.input} onChange={draft.commit} />
      {draft.conflict && (
        <ConflictNotice
          label={props.label}
          theirs={value}
          onKeepMine={draft.keepMine}
          onUseTheirs={draft.useTheirs}
        />
      )}
    </>
  );
}

type SmartValues = Pick<GoalFields, (typeof smart)[number]['key']>;

/**
 * The five SMART fields, each with its question and an example; ids are `prefix + key`. `live`:
 * every keystroke is reported (a form saved as a whole); otherwise each field saves when left.
 */
export function SmartFields(props: {
  prefix: string;
  values: SmartValues;
  live?: boolean;
  onChange: (change: Partial<SmartValues>) => void;
}) {
  return (
    <>
      {smart.map((f) => {
        const field = {
          id: `${props.prefix}${f.key}`,
          label: f.label,
          hint: `${f.help} For example: ${f.example}`,
          rows: 2,
          maxLength: planLimits[f.key],
          value: props.values[f.key],
        };
        const report = (text: string) => props.onChange({ [f.key]: text });
        return props.live ? (
          <TextField key={f.key} {...field} onInput={report} />
        ) : (
          <SavedField key={f.key} {...field} onSave={report} />
        );
      })}
    </>
  );
}
