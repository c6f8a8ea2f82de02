/**
 * The screen that adds a person, or edits one: the parent gives it a new `key` for each, so the
 * form starts from that person (or blank), and its heading takes focus when it opens. Save and
 * Cancel return to the list; a refused save keeps the typing and says so beside the buttons.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { groupSingular } from '~/lib/network/groups';
import { contactGroups, networkLimits, type Contact } from '~/lib/schemas/network';
import { changedUnder, takeStored, unsavedNote } from '~/lib/stores/draft';
import { network } from '~/lib/stores/network';
import { networkActions, type ContactInput } from '~/lib/stores/network-actions';
import { blankContact, contactInput, contactTextFields } from '~/lib/stores/network-views';
import ConflictNotice from '../ui/ConflictNotice';
import DateField from '../ui/DateField';
import TextFields from '../ui/TextFields';
import SelectField from '../ui/SelectField';
import { useStatus } from '../ui/StatusLine';
import FormEnd from '../ui/FormEnd';

/** The one-line boxes; the name is required and gets no browser suggestions (not one's own). */
const lineFields = [
  {
    key: 'name',
    label: 'Name',
    required: true,
    noAutocomplete: true,
    maxLength: networkLimits.name,
  },
  { key: 'role', label: 'Role', maxLength: networkLimits.role },
] as const;

/** The longer boxes, two lines each. */
const longFields = contactTextFields.map((f) => ({ ...f, rows: 2 }));

/** Where the person sits in the constellation: a drop-down of the groups. */
const groupField = {
  id: 'contact-group',
  label: 'Place in my network',
  choices: contactGroups,
  labels: groupSingular,
};

/** The two dates kept for a contact, as offered in the form. */
const dateFields = [
  { key: 'lastContact', id: 'contact-last', label: 'Last contact' },
  { key: 'nextFollowUp', id: 'contact-next', label: 'Next follow-up' },
] as const;

/** A field's label, for the notice about a change made in another tab. */
const labelOf = (key: keyof ContactInput): string =>
  [
    ...lineFields,
    { key: 'group', label: groupField.label },
    ...contactTextFields,
    ...dateFields,
  ].find((f) => f.key === key)?.label ?? key;

interface Props {
  /** The person being edited; null to add someone. */
  editing: Contact | null;
  /** Back to the list without saving. */
  onCancel: () => void;
  /** After a save: what to tell the person, and whom it was about. */
  onSaved: (message: string, id: string) => void;
}

export default function ContactForm({ editing, onCancel, onSaved }: Props) {
  const [start, setStart] = useState<ContactInput>(() =>
    editing ? contactInput(editing) : blankContact,
  );
  const [draft, setDraft] = useState(start);
  const [status, say] = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, when the screen opens (the person may change under it, from another tab).
  useEffect(() => heading.current?.focus(), []);
  const set = (change: Partial<ContactInput>) => setDraft((d) => ({ ...d, ...change }));
  // The person as stored now: another tab may change them while they are edited here.
  const live = useStore(network.$value).contacts.find((c) => c.id === editing?.id);
  const stored = live ? contactInput(live) : null;
  const changed = stored ? changedUnder(draft, start, stored) : [];

  const save = (e: Event) => {
    e.preventDefault();
    const name = draft.name.trim();
    const id = editing
      ? networkActions.update(editing.id, draft) && editing.id
      : networkActions.add(draft);
    if (!id) return say('Could not save. See the notice at the top of the page.', 'error');
    onSaved(editing ? `Saved the changes to ${name}.` : `Added ${name} to your network.`, id);
  };

  return (
    <form
      onSubmit={save}
      aria-labelledby="contact-form"
      class="contact-form"
      // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
      data-unsaved={
        draft === start ? undefined : unsavedNote(editing ? 'Edit a person' : 'Add a person')
      }
    >
      <p>
        <button type="button" class="button button--quiet button--small" onClick={onCancel}>
          Back to my network
        </button>
      </p>
      <h2 id="contact-form" ref={heading} tabIndex={-1}>
        {editing ? `Edit ${draft.name || 'person'}` : 'Add a person'}
      </h2>
      <TextFields prefix="contact-" fields={lineFields} values={draft} onChange={set} />
      <SelectField {...groupField} value={draft.group} onChange={(group) => set({ group })} />
      <TextFields prefix="contact-" fields={longFields} values={draft} onChange={set} />
      {dateFields.map(({ key, id, label }) => (
        <DateField
          key={key}
          id={id}
          label={label}
          value={draft[key]}
          onInput={(day) => set({ [key]: day })}
        />
      ))}
      {stored && changed.length > 0 && (
        <ConflictNotice
          label={changed.map(labelOf).join(', ')}
          theirs={changed.map((key) => stored[key] ?? '').join(' · ')}
          onKeepMine={() => setStart(stored)}
          onUseTheirs={() => {
            setDraft(takeStored(draft, stored, changed));
            setStart(stored);
          }}
        />
      )}
      <FormEnd
        save={editing ? 'Save changes' : 'Add to my network'}
        onCancel={onCancel}
        status={status}
      />
    </form>
  );
}
