/**
 * The screen that records a meeting, or edits one: date, agenda, notes and action items (one
 * per line). Save and Cancel return to the log; a refused save keeps the typing and says so
 * beside the buttons. Loaded on the first Add or Edit.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { formatDay } from '~/lib/format';
import { meetingLimits, type Meeting } from '~/lib/schemas/partnership';
import { unsavedNote } from '~/lib/stores/draft';
import { meetingActions } from '~/lib/stores/partnership-actions';
import DateField from '../ui/DateField';
import { useStatus, type Tone } from '../ui/StatusLine';
import TextField from '../ui/TextField';
import FormEnd from '../ui/FormEnd';

/** The text boxes of the form, in order; each one's id is `meeting-${key}`. */
const textFields = [
  { key: 'agenda', label: 'Agenda', rows: 2, maxLength: meetingLimits.agenda },
  { key: 'notes', label: 'Notes', rows: 3, maxLength: meetingLimits.notes },
  {
    key: 'actions',
    label: 'Action items (one per line)',
    rows: 3,
    // Room for the most items, each as long as it may be, one per line.
    maxLength: meetingLimits.actions * (meetingLimits.action + 1),
  },
] as const;

interface Props {
  /** The meeting being edited; null to record a new one. */
  editing: Meeting | null;
  locale: string;
  onCancel: () => void;
  /** After a save: what to tell the person, how, and which meeting it was about. */
  onSaved: (message: string, tone: Tone, id: string) => void;
}

export default function MeetingForm({ editing, locale, onCancel, onSaved }: Props) {
  const [start] = useState(() =>
    editing
      ? {
          date: editing.date,
          agenda: editing.agenda,
          notes: editing.notes,
          actions: editing.actions.map((a) => a.text).join('\n'),
        }
      : { date: today(), agenda: '', notes: '', actions: '' },
  );
  const [draft, setDraft] = useState(start);
  const [status, say] = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));

  const save = (e: Event) => {
    e.preventDefault();
    const entry = { ...draft, actions: draft.actions.split('\n') };
    const day = formatDay(draft.date, locale);
    if (editing) {
      if (!meetingActions.update(editing.id, entry)) {
        return say('Not saved. See the notice at the top of the page.', 'error');
      }
      return onSaved(`Saved the changes to the meeting of ${day}.`, 'success', editing.id);
    }
    const id = meetingActions.add(entry);
    const state = meetingActions.saveState(id);
    // Refused (the notice above says why): the form keeps what was typed.
    if (state === 'refused')
      return say('Not saved. See the notice at the top of the page.', 'error');
    if (state === 'saved') onSaved(`Meeting of ${day} saved.`, 'success', id);
    else onSaved(`Meeting of ${day} is not saved yet. See the notice above.`, 'error', id);
  };

  const title = editing ? 'Edit the meeting' : 'Record a meeting';
  return (
    <form
      onSubmit={save}
      aria-labelledby="meeting-form"
      // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
      data-unsaved={draft === start ? undefined : unsavedNote(title)}
    >
      <p>
        <button type="button" class="button button--quiet button--small" onClick={onCancel}>
          Back to the meetings
        </button>
      </p>
      <h2 id="meeting-form" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <DateField
        id="meeting-date"
        label="Date"
        required
        value={draft.date}
        onInput={(date) => set({ date: date ?? '' })}
      />
      {textFields.map(({ key, ...field }) => (
        <TextField
          key={key}
          id={`meeting-${key}`}
          {...field}
          value={draft[key]}
          onInput={(text) => set({ [key]: text })}
        />
      ))}
      <FormEnd
        save={editing ? 'Save changes' : 'Save meeting'}
        onCancel={onCancel}
        status={status}
      />
    </form>
  );
}
