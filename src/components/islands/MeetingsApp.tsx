/**
 * The meeting log: dated entries with an agenda, notes and action items; an action item can be
 * added to a goal as a step.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { today } from '~/lib/goals/dates';
import { meetings } from '~/lib/stores/partnership';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { plan } from '~/lib/stores/plan';
import StorageNotices from './StorageNotices';

interface Props {
  locale: string;
  myDataHref: string;
  planHref: string;
}

export default function MeetingsApp({ locale, myDataHref, planHref }: Props) {
  const log = useStore(meetings.$value).meetings;
  const goals = useStore(plan.$value).goals.filter((g) => !g.archived && g.status !== 'done');
  const [draft, setDraft] = useState({ date: today(), agenda: '', notes: '', actions: '' });
  const [target, setTarget] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const date = (d: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${d}T00:00:00Z`),
    );

  const save = (e: Event) => {
    e.preventDefault();
    meetingActions.add({ ...draft, actions: draft.actions.split('\n') });
    setDraft({ date: today(), agenda: '', notes: '', actions: '' });
    setMessage(`Meeting of ${date(draft.date)} saved.`);
  };

  return (
    <div class="tool meetings">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="notice notice--success" role="status">
        {message}
      </p>
      <form onSubmit={save} aria-labelledby="new-meeting">
        <h2 id="new-meeting">Record a meeting</h2>
        <div class="field">
          <label for="meeting-date">Date</label>
          <input
            id="meeting-date"
            type="date"
            required
            value={draft.date}
            onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="meeting-agenda">Agenda</label>
          <textarea
            id="meeting-agenda"
            rows={2}
            maxLength={5000}
            value={draft.agenda}
            onInput={(e) => setDraft({ ...draft, agenda: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="meeting-notes">Notes</label>
          <textarea
            id="meeting-notes"
            rows={3}
            maxLength={5000}
            value={draft.notes}
            onInput={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="meeting-actions">Action items (one per line)</label>
          <textarea
            id="meeting-actions"
            rows={3}
            value={draft.actions}
            onInput={(e) => setDraft({ ...draft, actions: e.currentTarget.value })}
          />
        </div>
        <button type="submit" class="button">
          Save meeting
        </button>
      </form>

      <h2>Past meetings</h2>
      {log.length === 0 && <p class="muted">No meetings recorded yet.</p>}
      {log.map((meeting) => (
        <article key={meeting.id} class="card meeting" aria-labelledby={`m-${meeting.id}`}>
          <h3 id={`m-${meeting.id}`}>{date(meeting.date)}</h3>
          {meeting.agenda && (
            <p>
              <strong>Agenda:</strong> {meeting.agenda}
            </p>
          )}
          {meeting.notes && (
            <p>
              <strong>Notes:</strong> {meeting.notes}
            </p>
          )}
          {meeting.actions.length > 0 && (
            <ul class="actions-list">
              {meeting.actions.map((action) => (
                <li key={action.id}>
                  {action.text}
                  {action.goalId ? (
                    <span class="muted small"> (added to a goal)</span>
                  ) : goals.length > 0 ? (
                    <span class="to-goal">
                      <label class="visually-hidden" for={`goal-for-${action.id}`}>
                        Goal for "{action.text}"
                      </label>
                      <select
                        id={`goal-for-${action.id}`}
                        value={target[action.id] ?? goals[0]?.id}
                        onChange={(e) =>
                          setTarget({ ...target, [action.id]: e.currentTarget.value })
                        }
                      >
                        {goals.map((g) => (
                          <option key={g.id} value={g.id}>
                            {g.title}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        class="button button--quiet button--small"
                        onClick={() => {
                          const goalId = target[action.id] ?? goals[0]?.id;
                          if (goalId && meetingActions.toGoalStep(meeting.id, action.id, goalId)) {
                            setMessage(
                              `"${action.text}" added as a step to "${goals.find((g) => g.id === goalId)?.title}".`,
                            );
                          }
                        }}
                      >
                        Add as a goal step
                      </button>
                    </span>
                  ) : (
                    <span class="muted small">
                      {' '}
                      (<a href={planHref}>make a goal</a> to turn this into a step)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            class="link-button"
            onClick={() => meetingActions.remove(meeting.id)}
          >
            Delete this meeting
          </button>
        </article>
      ))}
    </div>
  );
}
