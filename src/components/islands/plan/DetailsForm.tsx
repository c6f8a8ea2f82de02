/**
 * A goal's details opened for editing, saved as a whole: title, status, target date (the time
 * bound), the SMART answers and who can help. Save and Cancel return to the goal. What is typed
 * is kept in `$detailsDrafts` as it is typed, so leaving with the browser's Back loses nothing;
 * a field changed in another tab meanwhile is told, and the person keeps either text. When the
 * goal is deleted in another tab, the typing stays, to save as a new goal.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { detailsOf, statusLabels, type GoalDetails } from '~/lib/goals/model';
import { goalStatuses, type Goal } from '~/lib/schemas/plan';
import { changedUnder, takeStored, unsavedNote } from '~/lib/stores/draft';
import { actions } from '~/lib/stores/plan-actions';
import { $detailsDrafts, $goals, keepDetailsDraft } from '~/lib/stores/plan-views';
import ConflictNotice from '../ui/ConflictNotice';
import DateField from '../ui/DateField';
import SelectField from '../ui/SelectField';
import type { Say } from '../ui/StatusLine';
import { GoalField, SmartFields } from './fields';
import { smart, targetDateLabel, whoCanHelpLabel } from './text';
import FormEnd from '../ui/FormEnd';

/** Each detail's label, for the notice about a change made in another tab. */
const labels: Record<keyof GoalDetails, string> = {
  title: 'Goal',
  status: 'Status',
  targetDate: targetDateLabel,
  whoCanHelp: whoCanHelpLabel,
  ...(Object.fromEntries(smart.map((f) => [f.key, f.label])) as Record<
    (typeof smart)[number]['key'],
    string
  >),
};

const same = (a: GoalDetails, b: GoalDetails) =>
  (Object.keys(a) as (keyof GoalDetails)[]).every((key) => a[key] === b[key]);

interface Props {
  /** The goal as stored (or, once deleted in another tab, as last seen). */
  goal: Goal;
  deleted: boolean;
  /** Back to the goal (after Save or Cancel). */
  onDone: () => void;
  /** Opens the goal saved from a deleted goal's typing. */
  onOpen: (id: string) => void;
  say: Say;
}

export default function DetailsForm({ goal, deleted, onDone, onOpen, say }: Props) {
  const kept = useStore($detailsDrafts)[goal.id];
  const [start, setStart] = useState(() => kept?.start ?? detailsOf(goal));
  const [draft, setDraft] = useState(() => kept?.draft ?? start);
  const stored = deleted ? null : detailsOf(goal);
  const changed = stored ? changedUnder(draft, start, stored) : [];

  /** The typing (and what it started from) on screen and in the drafts, or dropped when equal. */
  const keep = (next: GoalDetails, from = start) => {
    setDraft(next);
    setStart(from);
    keepDetailsDraft(goal.id, same(next, from) ? null : { start: from, draft: next });
  };
  const set = (change: Partial<GoalDetails>) => keep({ ...draft, ...change });

  const save = (event: Event) => {
    event.preventDefault();
    if (deleted) return saveAsNew();
    if (!actions.editDetails(goal.id, draft))
      return say('Could not save. See the notice above.', 'error');
    keepDetailsDraft(goal.id, null);
    say('Details saved.');
    onDone();
  };
  const cancel = () => {
    keepDetailsDraft(goal.id, null);
    onDone();
  };
  const saveAsNew = () => {
    const { status: _status, ...fields } = draft;
    const { timeBound, link, guides } = goal;
    const id = actions.addGoal(
      { ...fields, timeBound, link, guides },
      goal.steps.map((s) => s.text),
    );
    if (!$goals.get().some((g) => g.id === id)) return;
    keepDetailsDraft(goal.id, null);
    say(`Goal "${fields.title.trim() || 'Untitled goal'}" saved.`);
    onOpen(id);
  };

  return (
    <form
      onSubmit={save}
      // Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts).
      data-unsaved={same(draft, start) && !deleted ? undefined : unsavedNote('Edit details')}
      // The planner keeps this typing over Back (the goal offers "Continue editing").
      data-keeps-typing
    >
      {deleted && (
        <div class="notice notice--warning" role="alert">
          <p>
            This goal was deleted in another tab. Your typing is kept below: copy it, or save it as
            a new goal.
          </p>
        </div>
      )}
      <GoalField id="title" field="title" required live values={draft} onChange={set} />
      {!deleted && (
        <SelectField
          id="status"
          label="Status"
          value={draft.status}
          choices={goalStatuses}
          labels={statusLabels}
          onChange={(status) => set({ status })}
        />
      )}
      <DateField
        id="target"
        label={targetDateLabel}
        value={draft.targetDate}
        onInput={(targetDate) => set({ targetDate })}
      />
      <SmartFields prefix="" live values={draft} onChange={set} />
      <GoalField id="who" field="whoCanHelp" live values={draft} onChange={set} />
      {stored && changed.length > 0 && (
        <ConflictNotice
          label={changed.map((key) => labels[key]).join(', ')}
          theirs={changed.map((key) => stored[key] ?? '').join(' · ')}
          onKeepMine={() => keep(draft, stored)}
          onUseTheirs={() => keep(takeStored(draft, stored, changed), stored)}
        />
      )}
      <FormEnd save={deleted ? 'Save as a new goal' : 'Save'} onCancel={cancel} />
    </form>
  );
}
