/**
 * One goal, read first: its title, where it stands (what is late: the goal or a step), its details
 * as text, its steps (checked off with one tap) and its progress log, then archive and delete
 * (with undo). "Edit" on the details or the steps opens only that part (`part`), a screen of its
 * own in the history, so Back returns to the goal.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { formatDay } from '~/lib/format';
import { goalDue, progress, statusLabels } from '~/lib/goals/model';
import type { Goal } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import { $detailsDrafts, $goals, $today } from '~/lib/stores/plan-views';
import { unsavedNote } from '~/lib/stores/draft';
import { offerUndo } from '~/lib/stores/undo';
import GuideLinks from '../GuideLinks';
import type { Say } from '../ui/StatusLine';
import Summary from '../ui/Summary';
import DetailsForm from './DetailsForm';
import DueBadge from './DueBadge';
import ProgressLog from './ProgressLog';
import ScreenHeading from './ScreenHeading';
import StepsEditor from './StepsEditor';
import { StepCheck, StepDue } from './StepItem';
import { phrases } from './phrases';
import { earlierTimeBoundLabel, smart, targetDateLabel, whoCanHelpLabel } from './text';
import type { GuideIndex } from './types';

/** The part of a goal open for editing. */
export type GoalPart = 'details' | 'steps';

interface Props {
  goal: Goal;
  /** The part open for editing; null reads the goal. */
  part: GoalPart | null;
  guides: GuideIndex;
  locale: string;
  /** Back one screen: from the goal to the list, from a part to the goal. */
  onBack: () => void;
  /** Opens one part for editing. */
  onEdit: (part: GoalPart) => void;
  /** The goal was deleted in another tab while open here: it stays, to save anew. */
  deleted?: boolean;
  /** Opens another goal (the one saved from a deleted goal). */
  onOpen: (id: string) => void;
  onMessage: Say;
}

export default function GoalView(props: Props) {
  const { goal, part, locale, onBack, deleted = false } = props;
  const todayDate = useStore($today);
  if (part === 'details') {
    return (
      <>
        <ScreenHeading>Edit details</ScreenHeading>
        <p class="muted" dir="auto">
          {goal.title}
        </p>
        <DetailsForm
          goal={goal}
          deleted={deleted}
          onDone={onBack}
          onOpen={props.onOpen}
          say={props.onMessage}
        />
      </>
    );
  }
  if (part === 'steps') {
    return (
      <>
        <ScreenHeading>Edit steps</ScreenHeading>
        <p class="muted" dir="auto">
          {goal.title}
        </p>
        <StepsEditor goal={goal} todayDate={todayDate} locale={locale} />
        <p class="actions">
          <button type="button" class="button" onClick={onBack}>
            Done
          </button>
        </p>
      </>
    );
  }
  return <GoalSummary {...props} deleted={deleted} todayDate={todayDate} />;
}

function GoalSummary(props: Props & { deleted: boolean; todayDate: string }) {
  const { goal, guides, locale, onBack, onEdit, deleted, todayDate } = props;
  const { done, total } = progress(goal);
  const draft = useStore($detailsDrafts)[goal.id];
  const [writing, setWriting] = useState(false);

  const saveAsNew = () => {
    const { title, specific, measurable, achievable, relevant, timeBound } = goal;
    const { targetDate, whoCanHelp, link, guides: guideIds } = goal;
    const id = actions.addGoal(
      {
        title,
        specific,
        measurable,
        achievable,
        relevant,
        timeBound,
        targetDate,
        whoCanHelp,
        link,
        guides: guideIds,
      },
      goal.steps.map((s) => s.text),
    );
    if ($goals.get().some((g) => g.id === id)) props.onOpen(id);
  };
  const remove = () => {
    const message = `Deleted "${goal.title}".`;
    offerUndo({ message, restored: `Restored "${goal.title}".`, undo: actions.remove(goal.id) });
    onBack();
  };

  return (
    <>
      <p>
        <button type="button" class="link-button" onClick={onBack}>
          ← All goals
        </button>
      </p>
      <ScreenHeading>
        <bdi>{goal.title}</bdi>
      </ScreenHeading>
      {deleted && (
        <div class="notice notice--warning" role="alert" data-unsaved={unsavedNote('Deleted goal')}>
          <p>This goal was deleted in another tab. You can still save it as a new goal.</p>
          <p class="notice-actions">
            <button type="button" class="button button--small" onClick={saveAsNew}>
              Save as a new goal
            </button>
          </p>
        </div>
      )}
      <p class="muted">
        {pluralCount(locale, total, phrases.stepsDone, { done })}
        {goal.link ? ` · works on ${goal.link.name}` : ''}{' '}
        <DueBadge due={goalDue(goal, todayDate)} locale={locale} />
      </p>
      {draft && (
        <div class="notice notice--warning" data-unsaved={unsavedNote('Edit details')}>
          <p>Your changes to the details are not saved yet.</p>
          <p class="notice-actions">
            <button type="button" class="button button--small" onClick={() => onEdit('details')}>
              Continue editing
            </button>
          </p>
        </div>
      )}
      <Summary
        title="Details"
        onEdit={deleted ? undefined : () => onEdit('details')}
        items={[
          { label: 'Status', value: statusLabels[goal.status] },
          { label: targetDateLabel, value: goal.targetDate && formatDay(goal.targetDate, locale) },
          ...smart.map((f) => ({ label: `${f.label}: ${f.help}`, value: goal[f.key] })),
          { label: earlierTimeBoundLabel, value: goal.timeBound },
          { label: whoCanHelpLabel, value: goal.whoCanHelp },
          {
            label: 'Guides for this goal',
            value: goal.guides.length > 0 && <GuideLinks ids={goal.guides} guides={guides} />,
          },
        ]}
      />
      <Summary
        title="Steps"
        onEdit={deleted ? undefined : () => onEdit('steps')}
        editLabel={total ? 'Edit steps' : 'Add steps'}
        items={[]}
        empty={
          total ? undefined : 'No steps yet. Break the goal into small steps, each with a date.'
        }
      >
        {total > 0 && (
          <ol class="steps steps--summary">
            {goal.steps.map((step) => (
              <li key={step.id} class="step">
                <StepCheck goalId={goal.id} step={step} />{' '}
                <StepDue step={step} todayDate={todayDate} locale={locale} />
              </li>
            ))}
          </ol>
        )}
      </Summary>
      <ProgressLog
        goal={goal}
        todayDate={todayDate}
        locale={locale}
        writing={writing && !deleted}
        onWrite={deleted ? undefined : setWriting}
      />
      {!deleted && (
        <p class="actions">
          <button
            type="button"
            class="button button--quiet"
            onClick={() => actions.archive(goal.id, !goal.archived)}
          >
            {goal.archived ? 'Restore from archive' : 'Archive goal'}
          </button>
          <button type="button" class="button button--quiet" onClick={remove}>
            Delete goal
          </button>
        </p>
      )}
    </>
  );
}
