/**
 * Reading a goal plan: status labels, progress, urgency (and whether the goal or only a step is
 * late), and the merge used on import.
 */
import type { Goal, GoalStatus, Plan } from '../schemas/plan';
import { urgency, type Urgency } from '../dates';

export const statusLabels: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  paused: 'Paused',
};

/** Steps done of total. */
export function progress(goal: Pick<Goal, 'steps'>): { done: number; total: number } {
  return { done: goal.steps.filter((s) => s.done).length, total: goal.steps.length };
}

/** Merge for import: goals by id, the more recently updated one wins. */
export function mergePlans(current: Plan, incoming: Plan): Plan {
  const byId = new Map(current.goals.map((g) => [g.id, g]));
  for (const goal of incoming.goals) {
    const mine = byId.get(goal.id);
    if (!mine || mine.updatedAt < goal.updatedAt) byId.set(goal.id, goal);
  }
  const order = [
    ...current.goals.map((g) => g.id),
    ...incoming.goals.map((g) => g.id).filter((id) => !current.goals.some((g) => g.id === id)),
  ];
  return { version: 1, goals: order.map((id) => byId.get(id)!).filter(Boolean) };
}

const order = { overdue: 0, soon: 1, later: 2, none: 3 } as const;

/** The most urgent of a goal's target date and its open steps' due dates; none once done. */
export function goalUrgency(
  goal: Pick<Goal, 'status' | 'targetDate' | 'steps'>,
  todayDate: string,
): Urgency {
  if (goal.status === 'done') return 'none';
  const dates = [goal.targetDate, ...goal.steps.filter((s) => !s.done).map((s) => s.due)];
  return dates.map((d) => urgency(d, todayDate)).sort((a, b) => order[a] - order[b])[0] ?? 'none';
}

/**
 * What is late or near in a goal, told apart: the goal itself (its target date has passed),
 * only some of its open steps (the target is still ahead, or unset), or a date within 14 days.
 * A done goal is never late.
 */
export type GoalDue =
  | { kind: 'goal-overdue' }
  | { kind: 'steps-overdue'; steps: number }
  | { kind: 'soon' }
  | { kind: 'none' };

/** Whether the goal is overdue, has overdue steps (how many), is due soon, or none of these. */
export function goalDue(
  goal: Pick<Goal, 'status' | 'targetDate' | 'steps'>,
  todayDate: string,
): GoalDue {
  if (goal.status === 'done') return { kind: 'none' };
  if (urgency(goal.targetDate, todayDate) === 'overdue') return { kind: 'goal-overdue' };
  const late = goal.steps.filter((s) => !s.done && urgency(s.due, todayDate) === 'overdue');
  if (late.length > 0) return { kind: 'steps-overdue', steps: late.length };
  return goalUrgency(goal, todayDate) === 'soon' ? { kind: 'soon' } : { kind: 'none' };
}
