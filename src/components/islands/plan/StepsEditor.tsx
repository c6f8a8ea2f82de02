/**
 * A goal's action steps: a checklist in the person's order, reordered with the arrow buttons
 * (announced, focus kept on the button) or by dragging, and a form to add one.
 */
import { useState } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { planLimits, type Goal } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import DateField from '../ui/DateField';
import TextField from '../ui/TextField';
import AddForm from './AddForm';
import StepItem from './StepItem';
import { phrases } from './phrases';

/** The add form's empty step: no text, no due date. */
const blankStep: { text: string; due: string | null } = { text: '', due: null };

interface Props {
  goal: Goal;
  todayDate: string;
  locale: string;
}

export default function StepsEditor({ goal, todayDate, locale }: Props) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const count = goal.steps.length;

  const move = (index: number, by: -1 | 1) => {
    const step = goal.steps[index];
    if (!step) return;
    actions.moveStep(goal.id, step.id, index + by);
    const position = Math.max(1, Math.min(index + by + 1, count));
    setAnnounce(pluralCount(locale, count, phrases.moved, { text: step.text, to: position }));
    // The step re-renders in its new place: keep focus on the button that moved it.
    const button = `move-${step.id}-${by < 0 ? 'up' : 'down'}`;
    requestAnimationFrame(() => document.getElementById(button)?.focus());
  };

  return (
    <section aria-labelledby="steps-title">
      <h3 id="steps-title">Action steps</h3>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      <ol class="steps">
        {goal.steps.map((step, index) => (
          <li
            key={step.id}
            class={`step${dragging === step.id ? ' step--dragging' : ''}`}
            draggable
            onDragStart={(e) => {
              setDragging(step.id);
              e.dataTransfer?.setData('text/plain', step.id);
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const id = e.dataTransfer?.getData('text/plain');
              if (id) actions.moveStep(goal.id, id, index);
              setDragging(null);
            }}
          >
            <StepItem
              goalId={goal.id}
              step={step}
              first={index === 0}
              last={index === count - 1}
              todayDate={todayDate}
              locale={locale}
              onMove={(by) => move(index, by)}
            />
          </li>
        ))}
      </ol>
      <AddForm
        blank={blankStep}
        button="Add step"
        onAdd={({ text, due }) => actions.addStep(goal.id, text, due)}
      >
        {(step, set) => (
          <>
            <TextField
              id="new-step"
              label="New step"
              maxLength={planLimits.step}
              value={step.text}
              onInput={(text) => set({ text })}
            />
            <DateField
              id="new-step-due"
              label="Due date (optional)"
              value={step.due}
              onInput={(due) => set({ due })}
            />
          </>
        )}
      </AddForm>
    </section>
  );
}
