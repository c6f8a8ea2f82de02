/**
 * The meeting log: dated entries with an agenda, notes and action items; an action item can be
 * added to a goal as a step. A deleted meeting can be brought back from the undo notice.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatDay } from '~/lib/format';
import { today } from '~/lib/dates';
import { meetingLimits } from '~/lib/schemas/partnership';
import { unsavedNote } from '~/lib/stores/draft';
import { meetings } from '~/lib/stores/partnership';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { $openGoals } from '~/lib/stores/partnership-views';
import MeetingCard from './meetings/MeetingCard';
import StorageNotices from './StorageNotices';
import DateField from './ui/DateField';
import StatusLine, { useStatus } from './ui/StatusLine';
import TextField from './ui/TextField';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  myDataHref: string;
  planHref: string;
}

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

const blank = () => ({ date: today(), agenda: '', notes: '', actions: '' });

function MeetingsApp({ locale, myDataHref, planHref }: Props) {
  const log = useStore(meetings.$value).meetings;
  const goals = useStore($openGoals);
  const [draft, setDraft] = useState(blank);
  const [status, say] = useStatus();
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));

  const card = { goals, locale, planHref, say };

  const save = (e: Event) => {
    e.preventDefault();
    const id = meetingActions.add({ ...draft, actions: draft.actions.split('\n') });
    const state = meetingActions.saveState(id);
    // Refused (the notice above says why): the form keeps what was typed.
    if (state === 'refused') return say('Not saved. See the notice above.', 'error');
    setDraft(blank());
    const day = formatDay(draft.date, locale);
    if (state === 'saved') say(`Meeting of ${day} saved.`);
    else say(`Meeting of ${day} is not saved yet. See the notice above.`, 'error');
  };

  return (
    <div class="tool meetings">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <StatusLine message={status.text} tone={status.tone} />
      <form
        onSubmit={save}
        aria-labelledby="new-meeting"
        // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
        data-unsaved={
          draft.agenda || draft.notes || draft.actions ? unsavedNote('Record a meeting') : undefined
        }
      >
        <h2 id="new-meeting">Record a meeting</h2>
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
        <button type="submit" class="button">
          Save meeting
        </button>
      </form>

      <h2>Past meetings</h2>
      {log.length === 0 && <p class="muted">No meetings recorded yet.</p>}
      {log.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} {...card} />
      ))}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MeetingsApp);
