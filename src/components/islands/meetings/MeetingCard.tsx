/**
 * One meeting of the log, read as a summary: agenda, notes, action items (each can become a step
 * of an open goal, or be deleted), with Edit (this meeting alone), Add to calendar (a meeting
 * still ahead) and a quiet delete of the meeting; every delete can be undone. Messages about
 * this meeting show on it.
 */
import { useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { formatDay } from '~/lib/format';
import type { Meeting } from '~/lib/schemas/partnership';
import type { Goal } from '~/lib/schemas/plan';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { $unsavedMeetings } from '~/lib/stores/partnership-views';
import { offerUndo } from '~/lib/stores/undo';
import NotSaved from '../ui/NotSaved';
import StatusLine, { type Say, type Tone } from '../ui/StatusLine';
import Summary from '../ui/Summary';

interface Props {
  meeting: Meeting;
  goals: readonly Goal[];
  locale: string;
  planHref: string;
  onEdit: () => void;
  /** The message about this meeting, if the last one was. */
  status: { text: string; tone: Tone } | null;
  say: Say;
}

/** A calendar file with this one meeting, as an all-day event; its code loads when asked for. */
async function addToCalendar(meeting: Meeting) {
  const [{ toIcs }, { downloadText }] = await Promise.all([
    import('~/lib/goals/ics'),
    import('../ui/DownloadButton'),
  ]);
  const event = {
    key: `meeting-${meeting.id}`,
    date: meeting.date,
    summary: 'Mentoring meeting',
    description: meeting.agenda,
  };
  downloadText(
    `medmentor-meeting-${meeting.date}.ics`,
    toIcs([event], new Date(), 'MedMentor meetings'),
    'text/calendar',
  );
}

export default function MeetingCard(props: Props) {
  const { meeting, goals, locale, planHref, onEdit, status, say } = props;
  const [target, setTarget] = useState<Record<string, string>>({});
  const day = formatDay(meeting.date, locale);

  const toGoal = (actionId: string, text: string) => {
    const goalId = target[actionId] ?? goals[0]?.id;
    if (goalId && meetingActions.toGoalStep(meeting.id, actionId, goalId)) {
      say(`"${text}" added as a step to "${goals.find((g) => g.id === goalId)?.title}".`);
    }
  };

  const remove = () => {
    const undo = meetingActions.remove(meeting.id);
    if (!undo) return say('Could not delete the meeting. See the notice above.', 'error');
    say('');
    offerUndo({
      message: `Deleted the meeting of ${day}.`,
      restored: `The meeting of ${day} is back.`,
      undo,
    });
  };

  const removeAction = (actionId: string, text: string) => {
    const undo = meetingActions.removeAction(meeting.id, actionId);
    if (!undo) return say('Could not delete the action item. See the notice above.', 'error');
    say('');
    const what = `"${text}"`;
    offerUndo({
      message: `Deleted the action item ${what}.`,
      restored: `The action item ${what} is back.`,
      undo,
    });
  };

  const calendar = () =>
    addToCalendar(meeting).then(
      () => say('Calendar file saved. Open it with your calendar app to add the meeting.'),
      () => say('The calendar file could not be made. Reload the page and try again.', 'error'),
    );

  return (
    <article class="card meeting" id={`meeting-${meeting.id}`} aria-label={day}>
      <Summary
        title={day}
        onEdit={onEdit}
        items={[
          { label: 'Agenda', value: meeting.agenda },
          { label: 'Notes', value: meeting.notes },
        ]}
      >
        <NotSaved items={$unsavedMeetings} id={meeting.id} />
        {meeting.actions.length > 0 && (
          <>
            <h4>Action items</h4>
            <ul class="actions-list">
              {meeting.actions.map((action) => (
                <li key={action.id}>
                  <bdi>{action.text}</bdi>
                  {action.goalId ? (
                    <span class="muted small"> (added to a goal)</span>
                  ) : goals.length > 0 ? (
                    <span class="to-goal">
                      <label class="visually-hidden" htmlFor={`goal-for-${action.id}`}>
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
                        onClick={() => toGoal(action.id, action.text)}
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
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={`Delete action item "${action.text}"`}
                    title="Delete this action item"
                    onClick={() => removeAction(action.id, action.text)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="actions">
          {meeting.date >= today() && (
            <button
              type="button"
              class="button button--quiet button--small"
              onClick={() => void calendar()}
            >
              Add to calendar
            </button>
          )}
          <button type="button" class="button button--quiet button--small" onClick={remove}>
            Delete this meeting
          </button>
        </p>
        <StatusLine message={status?.text ?? ''} tone={status?.tone ?? 'success'} />
      </Summary>
    </article>
  );
}
