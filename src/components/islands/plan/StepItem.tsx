/**
 * One action step: check it off, edit its text in place, set its due date, move or delete it
 * (at once, with undo). `StepCheck` is the step as the goal's summary shows it: one tap checks
 * it off, and its due date is said (and marked when it has passed).
 */
import { useState } from 'preact/hooks';
import { DATE_MAX, DATE_MIN, isCalendarDate, urgency } from '~/lib/dates';
import { formatShortDay } from '~/lib/format';
import { planLimits, type Step } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import { offerUndo } from '~/lib/stores/undo';

/** The two move buttons: which way, by how many places, and the arrow shown. */
const moves = [
  { way: 'up', by: -1, arrow: '↑', tip: 'Move up' },
  { way: 'down', by: 1, arrow: '↓', tip: 'Move down' },
] as const;

/** A step's checkbox and text: checking it off is one tap. */
export function StepCheck({ goalId, step }: { goalId: string; step: Step }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={step.done}
        onChange={() => actions.toggleStep(goalId, step.id)}
      />
      <span class={step.done ? 'done' : ''} dir="auto">
        {step.text}
      </span>
    </label>
  );
}

/** "Due 3 Dec", marked "(overdue)" once past while the step is open; nothing without a date. */
export function StepDue(props: { step: Step; todayDate: string; locale: string }) {
  const { step } = props;
  if (!step.due) return null;
  const overdue = !step.done && urgency(step.due, props.todayDate) === 'overdue';
  return (
    <span class={`small ${overdue ? 'overdue-text' : 'muted'}`}>
      Due {formatShortDay(step.due, props.locale)}
      {overdue ? ' (overdue)' : ''}
    </span>
  );
}

interface Props {
  goalId: string;
  step: Step;
  first: boolean;
  last: boolean;
  todayDate: string;
  locale: string;
  /** Moves the step one place up (-1) or down (+1). */
  onMove: (by: -1 | 1) => void;
}

export default function StepItem({ goalId, step, first, last, todayDate, locale, onMove }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const save = (event: Event) => {
    event.preventDefault();
    if (editing?.trim()) actions.editStep(goalId, step.id, { text: editing.trim() });
    setEditing(null);
  };
  const remove = () => {
    const undo = actions.removeStep(goalId, step.id);
    const what = `"${step.text}"`;
    if (undo)
      offerUndo({
        message: `Deleted the step ${what}.`,
        restored: `The step ${what} is back.`,
        undo,
      });
  };

  return (
    <>
      {editing !== null ? (
        <form class="step-edit" onSubmit={save}>
          <label class="visually-hidden" htmlFor={`edit-${step.id}`}>
            Step text
          </label>
          <input
            id={`edit-${step.id}`}
            type="text"
            maxLength={planLimits.step}
            value={editing}
            ref={(el) => el?.focus()}
            onInput={(e) => setEditing(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          />
          <button type="submit" class="button button--quiet button--small">
            Save
          </button>
        </form>
      ) : (
        <StepCheck goalId={goalId} step={step} />
      )}
      <span class="step-meta">
        <StepDue step={step} todayDate={todayDate} locale={locale} />
        <label class="visually-hidden" htmlFor={`due-${step.id}`}>
          Due date for "{step.text}"
        </label>
        <input
          id={`due-${step.id}`}
          type="date"
          class="small-date"
          min={DATE_MIN}
          max={DATE_MAX}
          value={step.due ?? ''}
          onChange={(e) => {
            // A year typed out of range is not saved; the box shows it as invalid (min, max).
            const due = e.currentTarget.value;
            if (!due || isCalendarDate(due))
              actions.editStep(goalId, step.id, { due: due || null });
          }}
        />
        {moves.map(({ way, by, arrow, tip }) => (
          <button
            key={way}
            type="button"
            id={`move-${step.id}-${way}`}
            class="icon-button"
            disabled={way === 'up' ? first : last}
            aria-label={`Move "${step.text}" ${way}`}
            title={tip}
            onClick={() => onMove(by)}
          >
            {arrow}
          </button>
        ))}
        <button
          type="button"
          class="icon-button"
          aria-label={`Edit step "${step.text}"`}
          title="Edit the step's text"
          onClick={() => setEditing(step.text)}
        >
          ✎
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={`Delete step "${step.text}"`}
          title="Delete the step (you can undo)"
          onClick={remove}
        >
          ×
        </button>
      </span>
    </>
  );
}
