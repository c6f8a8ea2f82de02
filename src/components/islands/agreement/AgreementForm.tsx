/**
 * The agreement's form: every part (to start one) or one part (its Edit). Each field shows the
 * stored text until it is typed in; Save keeps what was typed, Cancel drops it, and both return
 * to the agreement. When another tab saves a field while it is typed here, the person chooses
 * which text to keep, and Save waits for that choice. Loaded when first opened.
 */
import { useStore } from '@nanostores/preact';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { agreementLimits } from '~/lib/schemas/partnership';
import { inConflict, shownText, typed, unsavedNote, type Draft } from '~/lib/stores/draft';
import { agreement, agreementFields, setAgreementField } from '~/lib/stores/partnership';
import ConflictNotice from '../ui/ConflictNotice';
import DateField from '../ui/DateField';
import { useStatus } from '../ui/StatusLine';
import TextField from '../ui/TextField';
import type { AgreementPart } from './parts';
import FormEnd from '../ui/FormEnd';

/** Help and input kind for each part of the agreement. */
const fieldHelp: Record<string, { help: string; multiline: boolean; type?: string }> = {
  mentee: { help: 'Name and role, e.g. "Sam, second-year nursing student".', multiline: false },
  mentor: { help: 'Name and role.', multiline: false },
  purpose: {
    help: 'The goals you will work on together, and what each of you hopes to get from it.',
    multiline: true,
  },
  roles: {
    help: 'For example: the mentee sets the agenda and follows up; the mentor gives honest feedback and makes introductions.',
    multiline: true,
  },
  meetings: {
    help: 'For example: 30 minutes every two weeks, by video, with a short message between meetings if needed.',
    multiline: true,
  },
  confidentiality: {
    help: 'What stays between you, and its limits (for example, safety concerns).',
    multiline: true,
  },
  feedback: {
    help: 'How and when you will tell each other what is working and what is not, in both directions.',
    multiline: true,
  },
  conflicts: {
    help: 'How you will raise and handle a disagreement, and who else can help.',
    multiline: true,
  },
  ending: {
    help: 'A no-fault way to end or change the mentorship, for example with a short conversation and no explanation owed.',
    multiline: true,
  },
  review: { help: 'When you will look at this agreement again.', multiline: false, type: 'date' },
};

interface Props {
  /** The part to edit; null for every part (a new agreement). */
  part: AgreementPart | null;
  onCancel: () => void;
  /** After a save: what to tell the person. */
  onSaved: (message: string) => void;
}

export default function AgreementForm({ part, onCancel, onSaved }: Props) {
  const value = useStore(agreement.$value);
  const keys: readonly string[] = part?.keys ?? agreementFields.map((f) => f.key);
  // What is typed, per field. A field not typed in shows the stored text, so a change made in
  // another tab simply appears; one typed in while another tab saved it asks which to keep.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [status, say] = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const stored = (key: string) => value.fields[key] ?? '';
  const shown = (key: string) => shownText(drafts[key] ?? null, stored(key));
  const conflict = (key: string) => inConflict(drafts[key] ?? null, stored(key));
  const type = (key: string, text: string) =>
    setDrafts((d) => ({ ...d, [key]: typed(d[key] ?? null, stored(key), text) }));
  // "Keep mine": the typing now counts as made over the other tab's text.
  const keepMine = (key: string) =>
    setDrafts((d) => ({ ...d, [key]: { text: shown(key), base: stored(key) } }));

  const save = (e: Event) => {
    e.preventDefault();
    const open = keys.filter(conflict);
    if (open.length > 0) {
      return say('Another tab changed this part: choose which text to keep first.', 'error');
    }
    const changed = keys.filter((key) => drafts[key] && shown(key) !== stored(key));
    if (!changed.every((key) => setAgreementField(key, shown(key)))) {
      return say('Not saved. See the notice at the top of the page.', 'error');
    }
    onSaved(part ? `Saved “${part.title}”.` : 'Saved the agreement.');
  };

  const title = part ? `Edit: ${part.title}` : 'Write the agreement';
  return (
    <form
      onSubmit={save}
      aria-labelledby="agreement-form"
      // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
      data-unsaved={Object.keys(drafts).length > 0 ? unsavedNote('Mentoring agreement') : undefined}
    >
      <p>
        <button type="button" class="button button--quiet button--small" onClick={onCancel}>
          Back to the agreement
        </button>
      </p>
      <h2 id="agreement-form" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {agreementFields
        .filter((field) => keys.includes(field.key))
        .map((field) => ({ ...field, ...fieldHelp[field.key]! }))
        .map((field) => {
          const id = `agreement-${field.key}`;
          return (
            <Fragment key={field.key}>
              {field.type === 'date' ? (
                <DateField
                  id={id}
                  label={field.label}
                  hint={field.help}
                  value={shown(field.key) || null}
                  onInput={(day) => type(field.key, day ?? '')}
                />
              ) : (
                <TextField
                  id={id}
                  label={field.label}
                  hint={field.help}
                  rows={field.multiline ? 3 : undefined}
                  maxLength={agreementLimits.field}
                  value={shown(field.key)}
                  onInput={(text) => type(field.key, text)}
                />
              )}
              {conflict(field.key) && (
                <ConflictNotice
                  label={field.label}
                  theirs={stored(field.key)}
                  onKeepMine={() => keepMine(field.key)}
                  onUseTheirs={() => setDrafts(({ [field.key]: _mine, ...rest }) => rest)}
                />
              )}
            </Fragment>
          );
        })}
      <FormEnd save="Save" onCancel={onCancel} status={status} />
    </form>
  );
}
