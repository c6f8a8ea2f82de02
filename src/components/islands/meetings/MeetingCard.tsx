/**
 * One meeting of the log: agenda, notes, action items (each can become a step of an open goal,
 * or be deleted) and a delete of the meeting; every delete can be undone.
 */
import { useState } from 'preact/hooks';
import { formatDay } from '~/lib/format';
import type { Meeting } from '~/lib/schemas/partnership';
import type { Goal } from '~/lib/schemas/plan';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { $unsavedMeetings } from '~/lib/stores/partnership-views';
import { offerUndo } from '~/lib/stores/undo';
import NotSaved from '../ui/NotSaved';
import type { Say } from '../ui/StatusLine';

interface Props {
  meeting: Meeting;
  goals: readonly Goal[];
  locale: string;
  planHref: string;
  say: Say;
}

export default function MeetingCard({ meeting, goals, locale, planHref, say }: Props) {
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

  return (
    <article class="card meeting" aria-labelledby={`m-${meeting.id}`}>
      <h3 id={`m-${meeting.id}`}>
        {day}
        <NotSaved items={$unsavedMeetings} id={meeting.id} />
      </h3>
      {meeting.agenda && (
        <p>
          <strong>Agenda:</strong> <bdi>{meeting.agenda}</bdi>
        </p>
      )}
      {meeting.notes && (
        <p>
          <strong>Notes:</strong> <bdi>{meeting.notes}</bdi>
        </p>
      )}
      {meeting.actions.length > 0 && (
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
                    onChange={(e) => setTarget({ ...target, [action.id]: e.currentTarget.value })}
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
                onClick={() => removeAction(action.id, action.text)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link-button" onClick={remove}>
        Delete this meeting
      </button>
    </article>
  );
}
