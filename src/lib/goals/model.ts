/**
 * The goal model: pure functions from one plan to the next. Stores call these; tests call them
 * directly. Ids come from the caller so results are deterministic.
 */
import type { Goal, GoalStatus, Plan, Step } from '../schemas/plan';

// Reading a plan (labels, progress, merge, urgency) lives in summary.ts, so pages that only
// read or back up a plan do not load the transitions below.
export { goalDue, goalUrgency, mergePlans, progress, statusLabels } from './summary';
export type { GoalDue } from './summary';

/** The fields a person fills in for a goal. */
export type GoalFields = Pick<
  Goal,
  | 'title'
  | 'specific'
  | 'measurable'
  | 'achievable'
  | 'relevant'
  | 'timeBound'
  | 'targetDate'
  | 'whoCanHelp'
  | 'link'
  | 'guides'
>;

export function emptyFields(): GoalFields {
  return {
    title: '',
    specific: '',
    measurable: '',
    achievable: '',
    relevant: '',
    timeBound: '',
    targetDate: null,
    whoCanHelp: '',
    link: null,
    guides: [],
  };
}

function touch(goal: Goal, now: Date): Goal {
  return { ...goal, updatedAt: now.toISOString() };
}

function mapGoal(plan: Plan, id: string, change: (goal: Goal) => Goal, now: Date): Plan {
  return { ...plan, goals: plan.goals.map((g) => (g.id === id ? touch(change(g), now) : g)) };
}

export function addGoal(
  plan: Plan,
  fields: GoalFields,
  steps: string[],
  ids: () => string,
  now: Date,
): Plan {
  const goal: Goal = {
    id: ids(),
    ...fields,
    title: fields.title.trim() || 'Untitled goal',
    status: 'not-started',
    archived: false,
    steps: steps
      .filter((s) => s.trim())
      .map((text) => ({ id: ids(), text: text.trim(), done: false, due: null, doneAt: null })),
    log: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return { ...plan, goals: [...plan.goals, goal] };
}

export function editGoal(plan: Plan, id: string, fields: Partial<GoalFields>, now: Date): Plan {
  return mapGoal(plan, id, (g) => ({ ...g, ...fields }), now);
}

/** What the details form edits at once: the goal's own text, target date and status. */
export type GoalDetails = Pick<
  Goal,
  | 'title'
  | 'status'
  | 'specific'
  | 'measurable'
  | 'achievable'
  | 'relevant'
  | 'targetDate'
  | 'whoCanHelp'
>;

/** A goal's details, as the details form starts from them. */
export function detailsOf(goal: Goal): GoalDetails {
  const { title, status, specific, measurable, achievable, relevant, targetDate, whoCanHelp } =
    goal;
  return { title, status, specific, measurable, achievable, relevant, targetDate, whoCanHelp };
}

/** Saves the details form as one change; a blank title stays the goal's title before. */
export function editDetails(plan: Plan, id: string, details: GoalDetails, now: Date): Plan {
  return mapGoal(
    plan,
    id,
    (g) => ({ ...g, ...details, title: details.title.trim() || g.title }),
    now,
  );
}

export function setStatus(plan: Plan, id: string, status: GoalStatus, now: Date): Plan {
  return mapGoal(plan, id, (g) => ({ ...g, status }), now);
}

export function setArchived(plan: Plan, id: string, archived: boolean, now: Date): Plan {
  return mapGoal(plan, id, (g) => ({ ...g, archived }), now);
}

/** Removes a goal; returns the new plan and what is needed to undo it. */
export function removeGoal(plan: Plan, id: string): { plan: Plan; undo: (current: Plan) => Plan } {
  const index = plan.goals.findIndex((g) => g.id === id);
  const goal = plan.goals[index];
  const next = { ...plan, goals: plan.goals.filter((g) => g.id !== id) };
  return {
    plan: next,
    undo: (current) => {
      if (!goal || current.goals.some((g) => g.id === id)) return current;
      const goals = [...current.goals];
      goals.splice(Math.min(index, goals.length), 0, goal);
      return { ...current, goals };
    },
  };
}

export function addStep(
  plan: Plan,
  goalId: string,
  text: string,
  due: string | null,
  id: string,
  now: Date,
): Plan {
  if (!text.trim()) return plan;
  const step: Step = { id, text: text.trim(), done: false, due, doneAt: null };
  return mapGoal(plan, goalId, (g) => ({ ...g, steps: [...g.steps, step] }), now);
}

export function editStep(
  plan: Plan,
  goalId: string,
  stepId: string,
  change: Partial<Pick<Step, 'text' | 'due'>>,
  now: Date,
): Plan {
  return mapGoal(
    plan,
    goalId,
    (g) => ({ ...g, steps: g.steps.map((s) => (s.id === stepId ? { ...s, ...change } : s)) }),
    now,
  );
}

/**
 * Checks a step off (or back on). The first checked step moves a not-started goal to in
 * progress; it never marks a goal done by itself: that is the person's call.
 */
export function toggleStep(plan: Plan, goalId: string, stepId: string, now: Date): Plan {
  return mapGoal(
    plan,
    goalId,
    (g) => {
      const steps = g.steps.map((s) =>
        s.id === stepId ? { ...s, done: !s.done, doneAt: s.done ? null : now.toISOString() } : s,
      );
      const started = g.status === 'not-started' && steps.some((s) => s.done);
      return { ...g, steps, status: started ? 'in-progress' : g.status };
    },
    now,
  );
}

/** Moves a step to a new position (clamped), for keyboard buttons and drag and drop. */
export function moveStep(plan: Plan, goalId: string, stepId: string, to: number, now: Date): Plan {
  return mapGoal(
    plan,
    goalId,
    (g) => {
      const from = g.steps.findIndex((s) => s.id === stepId);
      if (from === -1) return g;
      const steps = [...g.steps];
      const [step] = steps.splice(from, 1);
      steps.splice(Math.max(0, Math.min(to, steps.length)), 0, step!);
      return { ...g, steps };
    },
    now,
  );
}

export function removeStep(plan: Plan, goalId: string, stepId: string, now: Date): Plan {
  return mapGoal(
    plan,
    goalId,
    (g) => ({ ...g, steps: g.steps.filter((s) => s.id !== stepId) }),
    now,
  );
}

export function addLogEntry(
  plan: Plan,
  goalId: string,
  entry: { date: string; did: string; learned: string },
  id: string,
  now: Date,
): Plan {
  if (!entry.did.trim() && !entry.learned.trim()) return plan;
  return mapGoal(
    plan,
    goalId,
    (g) => ({
      ...g,
      log: [...g.log, { id, ...entry }].sort((a, b) => a.date.localeCompare(b.date)),
    }),
    now,
  );
}
