/**
 * The mentoring agreement builder: each part saved as it is written, a printable agreement
 * with room for both signatures, and "Clear the agreement" (undone from the notice).
 */
import { useStore } from '@nanostores/preact';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { inConflict, shownText, typed, unsavedNote, type Draft } from '~/lib/stores/draft';
import {
  agreement,
  agreementFields,
  clearAgreement,
  setAgreementField,
} from '~/lib/stores/partnership';
import { formatDay } from '~/lib/format';
import { offerUndo } from '~/lib/stores/undo';
import { agreementLimits } from '~/lib/schemas/partnership';
import StorageNotices from './StorageNotices';
import ConflictNotice from './ui/ConflictNotice';
import DateField from './ui/DateField';
import TextField from './ui/TextField';
import { withBoundary } from './ui/ErrorBoundary';

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
  locale: string;
  myDataHref: string;
}

function AgreementApp({ locale, myDataHref }: Props) {
  const value = useStore(agreement.$value);
  // What is being typed, per field, until the field is left (then it is saved). Without it, a
  // save of another field re-renders this one with the stored text and wipes what was typed.
  // When another tab changes the field meanwhile, the person picks which text to keep.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const stored = (key: string) => value.fields[key] ?? '';
  const shown = (key: string) => shownText(drafts[key] ?? null, stored(key));
  const conflict = (key: string) => inConflict(drafts[key] ?? null, stored(key));
  const type = (key: string, text: string) =>
    setDrafts((d) => ({ ...d, [key]: typed(d[key] ?? null, stored(key), text) }));
  const keep = (key: string, text: string) => {
    setAgreementField(key, text);
    setDrafts(({ [key]: _saved, ...rest }) => rest);
  };
  // Leaving a field changed in another tab meanwhile decides nothing: the person chooses.
  const save = (key: string, text: string) => {
    if (!conflict(key)) keep(key, text);
  };
  // Starts a new agreement at once; the notice at the top offers to bring the old one back.
  const clear = () => {
    const undo = clearAgreement();
    setDrafts({});
    if (undo) {
      offerUndo({
        message: 'Cleared the agreement.',
        restored: 'The agreement is back.',
        undo,
      });
    }
  };
  return (
    <div class="tool agreement">
      <div class="no-print">
        <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
        <form
          onSubmit={(e) => e.preventDefault()}
          // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
          data-unsaved={
            Object.keys(drafts).length > 0 ? unsavedNote('Mentoring agreement') : undefined
          }
        >
          {agreementFields
            .map((field) => ({ ...field, ...fieldHelp[field.key]! }))
            .map((field) => {
              const id = `agreement-${field.key}`;
              return field.type === 'date' ? (
                <DateField
                  key={field.key}
                  id={id}
                  label={field.label}
                  hint={field.help}
                  value={shown(field.key) || null}
                  onInput={(day) => type(field.key, day ?? '')}
                  onChange={(day) => save(field.key, day ?? '')}
                />
              ) : (
                <Fragment key={field.key}>
                  <TextField
                    id={id}
                    label={field.label}
                    hint={field.help}
                    rows={field.multiline ? 3 : undefined}
                    maxLength={agreementLimits.field}
                    value={shown(field.key)}
                    onInput={(text) => type(field.key, text)}
                    onChange={(text) => save(field.key, text)}
                  />
                  {conflict(field.key) && (
                    <ConflictNotice
                      label={field.label}
                      theirs={stored(field.key)}
                      onKeepMine={() => keep(field.key, shown(field.key))}
                      onUseTheirs={() => setDrafts(({ [field.key]: _mine, ...rest }) => rest)}
                    />
                  )}
                </Fragment>
              );
            })}
          <p class="actions">
            <button type="button" class="button" onClick={() => print()}>
              Print the agreement
            </button>
            <button type="button" class="button button--quiet" onClick={clear}>
              Clear the agreement
            </button>
          </p>
        </form>
      </div>
      <article class="agreement-sheet print-only" aria-label="Printable agreement">
        <h2>Mentoring agreement</h2>
        <dl>
          {agreementFields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd dir="auto">{formatDay(value.fields[field.key]?.trim() ?? '', locale) || '—'}</dd>
            </div>
          ))}
        </dl>
        <div class="signatures">
          <p>Mentee signature and date</p>
          <p>Mentor signature and date</p>
        </div>
      </article>
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(AgreementApp);
