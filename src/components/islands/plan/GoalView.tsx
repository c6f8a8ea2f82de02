/** One goal: its status and SMART fields, guides, action steps, progress log, archive, delete. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { urgency } from '~/lib/dates';
import { progress, statusLabels, type GoalFields } from '~/lib/goals/model';
import { goalStatuses, type Goal } from '~/lib/schemas/plan';
import { unsavedNote } from '~/lib/stores/draft';
import { actions } from '~/lib/stores/plan-actions';
import { $goals, $today } from '~/lib/stores/plan-views';
import { offerUndo } from '~/lib/stores/undo';
import GuideLinks from '../GuideLinks';
import DateField from '../ui/DateField';
import SelectField from '../ui/SelectField';
import { GoalField, SmartFields } from './fields';
import ScreenHeading from './ScreenHeading';
import ProgressLog from './ProgressLog';
import StepsEditor from './StepsEditor';
import { phrases } from './phrases';
import type { GuideIndex } from './types';

/** The target date is saved once picked (on change), not on every input event. */
const ignore = () => undefined;

interface Props {
  goal: Goal;
  guides: GuideIndex;
  locale: string;
  onBack: () => void;
  /** The goal was deleted in another tab while open here: what is typed is kept, to save anew. */
  deleted?: boolean;
  /** Opens another goal (the one saved from a deleted goal's typing). */
  onOpen?: (id: string) => void;
}

export default function GoalView({ goal: stored, guides, locale, onBack, deleted, onOpen }: Props) {
  const todayDate = useStore($today);
  // Once the goal is gone, what is typed into it is kept here (nothing to save it to).
  const [kept, setKept] = useState<Partial<GoalFields>>({});
  const goal = deleted ? { ...stored, ...kept } : stored;
  const { done, total } = progress(goal);
  const edit = (fields: Partial<GoalFields>) =>
    deleted ? setKept((k) => ({ ...k, ...fields })) : actions.editGoal(goal.id, fields);
  const saveAsNew = () => {
    const { title, specific, measurable, achievable, relevant, timeBound } = goal;
    const fields = { title, specific, measurable, achievable, relevant, timeBound };
    const { targetDate, whoCanHelp, link, guides: guideIds } = goal;
    const steps = goal.steps.map((s) => s.text);
    const id = actions.addGoal(
      { ...fields, targetDate, whoCanHelp, link, guides: guideIds },
      steps,
    );
    if ($goals.get().some((g) => g.id === id)) onOpen?.(id);
  };
  const overdue = goal.status !== 'done' && urgency(goal.targetDate, todayDate) === 'overdue';

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
      {/* The stored title (of the deleted goal too): typing elsewhere must not move the page. */}
      <ScreenHeading>
        <bdi>{stored.title}</bdi>
      </ScreenHeading>
      {deleted && (
        // Marked unsaved: an update's reload waits until this typing is saved or left.
        <div class="notice notice--warning" role="alert" data-unsaved={unsavedNote('Deleted goal')}>
          <p>
            This goal was deleted in another tab. Your typing is kept below: copy it, or save it as
            a new goal.
          </p>
          <p class="notice-actions">
            <button type="button" class="button button--small" onClick={saveAsNew}>
              Save as a new goal
            </button>
          </p>
        </div>
      )}
      <p class="muted">
        {pluralCount(locale, total, phrases.stepsDone, { done })}
        {goal.link ? ` · works on ${goal.link.name}` : ''}
      </p>
      {!deleted && (
        <SelectField
          id="status"
          label="Status"
          value={goal.status}
          choices={goalStatuses}
          labels={statusLabels}
          onChange={(status) => actions.setStatus(goal.id, status)}
        />
      )}
      <GoalField id="title" field="title" values={goal} onChange={edit} />
      <SmartFields prefix="" values={goal} onChange={edit} />
      <DateField
        id="target"
        label="Target date"
        value={goal.targetDate}
        onInput={ignore}
        onChange={(targetDate) => edit({ targetDate })}
      />
      {overdue && <span class="badge badge--overdue">Overdue</span>}
      <GoalField id="who" field="whoCanHelp" values={goal} onChange={edit} />
      {goal.guides.length > 0 && (
        <div>
          <p class="label">Guides for this goal</p>
          <GuideLinks ids={goal.guides} guides={guides} />
        </div>
      )}
      <StepsEditor goal={goal} todayDate={todayDate} locale={locale} />
      <ProgressLog goal={goal} todayDate={todayDate} locale={locale} />
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
