/**
 * The planner's own field pieces, on the shared ui fields: a text field saved when left, the
 * goal's title and "who can help" fields, and the SMART fields asked in words (the time bound is
 * the target date) with their help and examples.
 */
import type { GoalFields } from '~/lib/goals/model';
import { planLimits } from '~/lib/schemas/plan';
import ConflictNotice from '../ui/ConflictNotice';
import TextField from '../ui/TextField';
import { useDraft } from '../ui/useDraft';
import { smart, whoCanHelpLabel } from './text';

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

/**
 * A goal's text field: `live`, every keystroke is reported (a form saved as a whole); otherwise
 * the field saves when left.
 */
function GoalTextField({
  live,
  onReport,
  ...field
}: Omit<TextFieldProps, 'onInput' | 'onChange'> & {
  live?: boolean | undefined;
  onReport: (text: string) => void;
}) {
  return live ? (
    <TextField {...field} onInput={onReport} />
  ) : (
    <SavedField {...field} onSave={onReport} />
  );
}

/** The goal's own text fields beside the SMART ones, by their label; the limit is the schema's. */
const goalText = { title: 'Goal', whoCanHelp: whoCanHelpLabel };

type GoalTextValues = Pick<GoalFields, keyof typeof goalText>;

/** The goal's title or "who can help" field, with its label and limit (`live` as in SmartFields). */
export function GoalField({
  field,
  values,
  onChange,
  ...rest
}: {
  id: string;
  field: keyof GoalTextValues;
  values: GoalTextValues;
  live?: boolean;
  required?: boolean;
  onChange: (change: Partial<GoalTextValues>) => void;
}) {
  return (
    <GoalTextField
      {...rest}
      label={goalText[field]}
      maxLength={planLimits[field]}
      value={values[field]}
      onReport={(text) => onChange({ [field]: text })}
    />
  );
}

type SmartValues = Pick<GoalFields, (typeof smart)[number]['key']>;

/**
 * The SMART fields, each with its question and an example; ids are `prefix + key`. `live`:
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
      {smart.map((f) => (
        <GoalTextField
          key={f.key}
          id={`${props.prefix}${f.key}`}
          label={f.label}
          hint={`${f.help} For example: ${f.example}`}
          rows={2}
          maxLength={planLimits[f.key]}
          value={props.values[f.key]}
          live={props.live}
          onReport={(text) => props.onChange({ [f.key]: text })}
        />
      ))}
    </>
  );
}
