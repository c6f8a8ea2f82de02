/** Everything a person can do to their goal plan; each change goes through the store. */
import * as model from '../goals/model';
import type { Goal, GoalStatus, Plan } from '../schemas/plan';
import { newId } from '../id';
import { plan } from './plan';
import { itemState } from './unsaved-views';

const now = () => new Date();

export const actions = {
  addGoal: (fields: model.GoalFields, steps: string[] = []) => {
    let id = '';
    const ids = () => {
      const next = newId();
      if (!id) id = next;
      return next;
    };
    plan.update((p) => model.addGoal(p, fields, steps, ids, now()));
    return id;
  },
  editGoal: (id: string, fields: Partial<model.GoalFields>) =>
    plan.update((p) => model.editGoal(p, id, fields, now())),
  /** Saves the details form as one change; says whether it was saved. */
  editDetails: (id: string, details: model.GoalDetails): boolean =>
    plan.update((p) => model.editDetails(p, id, details, now())),
  setStatus: (id: string, status: GoalStatus) =>
    plan.update((p) => model.setStatus(p, id, status, now())),
  archive: (id: string, archived: boolean) =>
    plan.update((p) => model.setArchived(p, id, archived, now())),
  /**
   * Deletes a goal. Returns its undo, for `offerUndo`: it puts the goal back where it was and
   * says whether that was saved.
   */
  remove: (id: string): (() => boolean) => {
    let undo: ((current: Plan) => Plan) | null = null;
    plan.update((p) => {
      const result = model.removeGoal(p, id);
      undo = result.undo;
      return result.plan;
    });
    return () => (undo ? plan.update(undo) : true);
  },
  addStep: (goalId: string, text: string, due: string | null = null) =>
    plan.update((p) => model.addStep(p, goalId, text, due, newId(), now())),
  editStep: (goalId: string, stepId: string, change: { text?: string; due?: string | null }) =>
    plan.update((p) => model.editStep(p, goalId, stepId, change, now())),
  toggleStep: (goalId: string, stepId: string) =>
    plan.update((p) => model.toggleStep(p, goalId, stepId, now())),
  moveStep: (goalId: string, stepId: string, to: number) =>
    plan.update((p) => model.moveStep(p, goalId, stepId, to, now())),
  /**
   * Deletes a step. Returns its undo, for `offerUndo` (it puts the step back in its place, if
   * the goal is still there), or null when nothing was deleted.
   */
  removeStep: (goalId: string, stepId: string): (() => boolean) | null => {
    const steps = plan.read().goals.find((g) => g.id === goalId)?.steps ?? [];
    const index = steps.findIndex((s) => s.id === stepId);
    const step = steps[index];
    if (!step || !plan.update((p) => model.removeStep(p, goalId, stepId, now()))) return null;
    const putBack = (g: Goal): Goal =>
      g.id !== goalId || g.steps.some((s) => s.id === stepId)
        ? g
        : {
            ...g,
            steps: [...g.steps.slice(0, index), step, ...g.steps.slice(index)],
            updatedAt: now().toISOString(),
          };
    return () => plan.update((p) => ({ ...p, goals: p.goals.map(putBack) }));
  },
  addLog: (goalId: string, entry: { date: string; did: string; learned: string }) =>
    plan.update((p) => model.addLogEntry(p, goalId, entry, newId(), now())),
  /** Whether a goal just added was saved, is only on screen (unsaved), or was refused. */
  saveState: (id: string) => itemState(plan, 'goals', id),
};
