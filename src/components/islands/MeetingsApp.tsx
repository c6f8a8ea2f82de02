/**
 * The meeting log: dated entries with an agenda, notes and action items, each read as a short
 * summary with Edit (that meeting alone), Add to calendar and Delete (undone from the notice);
 * an action item can be added to a goal as a step.
 *
 * Two screens besides the log (add a meeting, edit one), kept in the browser history
 * (ui/useScreens), so Back returns to the log. The form loads on the first Add or Edit: most
 * visits only read, and the page stays within its script budget.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { meetings } from '~/lib/stores/partnership';
import { $openGoals } from '~/lib/stores/partnership-views';
import MeetingCard from './meetings/MeetingCard';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus, type Tone } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';
import { useLoaded } from './ui/useLoaded';
import { useScreens } from './ui/useScreens';

interface Props {
  locale: string;
  myDataHref: string;
  planHref: string;
}

/** The log, the new-meeting form, or one meeting's form (by id): plain data, in the history. */
type Screen = { name: 'list' } | { name: 'add' } | { name: 'edit'; id: string };

/** What to say once back on the log, and where: beside "Add a meeting", or on a meeting. */
interface Done {
  text: string;
  tone: Tone;
  at: string | null;
}

const loadFailed = 'The form could not be loaded. Reload the page and try again.';

function MeetingsApp({ locale, myDataHref, planHref }: Props) {
  const log = useStore(meetings.$value).meetings;
  const goals = useStore($openGoals);
  const { screen, open, back } = useScreens<Screen>({ name: 'list' }, 'meetings');
  const [status, say] = useStatus();
  const [at, setAt] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const onList = screen.name === 'list';
  // The form loads when a form screen first opens, also when the browser's Forward reopens one.
  const Form = useLoaded(
    !onList,
    () => import('./meetings/MeetingForm'),
    () => say(loadFailed, 'error'),
  );

  // Back on the log after a save: the confirmation shows beside what was done, and focus goes
  // there (the Add button, or the meeting's Edit button).
  useEffect(() => {
    if (!onList || !done) return;
    setAt(done.at);
    say(done.text, done.tone);
    setDone(null);
    const target = done.at
      ? document.querySelector<HTMLElement>(`#meeting-${done.at} .summary-head button`)
      : document.getElementById('add-meeting');
    target?.focus();
  }, [onList, done, say]);

  const go = (next: Screen) => {
    setAt(null);
    say('');
    open(next);
  };
  /** Messages from one meeting's card, shown on that card. */
  const sayOn = (id: string) => (text: string, tone?: Tone) => {
    setAt(id);
    say(text, tone);
  };
  const editing = screen.name === 'edit' ? log.find((m) => m.id === screen.id) : undefined;

  return (
    <div class="tool meetings">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <div hidden={!onList}>
        <p>
          <button type="button" id="add-meeting" class="button" onClick={() => go({ name: 'add' })}>
            Add a meeting
          </button>
        </p>
        <StatusLine message={at === null ? status.text : ''} tone={status.tone} />
        <h2>Meetings</h2>
        {log.length === 0 && <p class="muted">No meetings recorded yet.</p>}
        {log.map((meeting) => (
          <MeetingCard
            key={meeting.id}
            meeting={meeting}
            goals={goals}
            locale={locale}
            planHref={planHref}
            onEdit={() => go({ name: 'edit', id: meeting.id })}
            status={at === meeting.id ? status : null}
            say={sayOn(meeting.id)}
          />
        ))}
      </div>
      {!onList &&
        (screen.name === 'edit' && !editing ? (
          <p role="alert" class="notice notice--error">
            This meeting is no longer in the log (deleted in another tab).{' '}
            <button type="button" class="button button--quiet button--small" onClick={back}>
              Back to the meetings
            </button>
          </p>
        ) : Form ? (
          <Form
            key={editing?.id ?? 'new'}
            editing={editing ?? null}
            locale={locale}
            onCancel={back}
            onSaved={(text, tone, id) => {
              setDone({ text, tone, at: editing ? id : null });
              back();
            }}
          />
        ) : (
          <p class="muted">Loading the form…</p>
        ))}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MeetingsApp);
