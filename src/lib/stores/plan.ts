/** The goal plan store and its actions; the logic is in src/lib/goals/model.ts. */
import * as model from '../goals/model';
import { planSchema, type GoalStatus, type Plan } from '../schemas/plan';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';

/** A short unique id (no crypto.randomUUID: it needs a secure context). */
export function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export const planDefinition = defineStore<Plan>({
  name: 'plan',
  title: storeTitle('plan'),
  version: 1,
  schema: planSchema,
  migrations: {},
  initial: { version: 1, goals: [] },
  describe: (plan) => {
    if (plan.goals.length === 0) return 'nothing yet';
    const steps = plan.goals.reduce((n, g) => n + g.steps.length, 0);
    const archived = plan.goals.filter((g) => g.archived).length;
    return `${plan.goals.length} goal${plan.goals.length === 1 ? '' : 's'}, ${steps} step${steps === 1 ? '' : 's'}${archived ? ` (${archived} archived)` : ''}`;
  },
  merge: model.mergePlans,
  share: [
    {
      id: 'goals',
      label: 'My goals and their progress',
      defaultOn: true,
      summarize: (plan) => {
        const goals = plan.goals.filter((g) => !g.archived);
        if (goals.length === 0) return null;
        return {
          title: 'Goals',
          blocks: [
            {
              type: 'table',
              caption: 'Goals and progress',
              columns: ['Goal', 'Status', 'Steps done', 'Target date'],
              rows: goals.map((g) => {
                const { done, total } = model.progress(g);
                return [
                  g.title,
                  model.statusLabels[g.status],
                  `${done} of ${total}`,
                  g.targetDate ?? '',
                ];
              }),
            },
          ],
        };
      },
    },
    {
      id: 'goal-log',
      label: 'My progress log entries',
      defaultOn: false,
      summarize: (plan) => {
        const items = plan.goals.flatMap((g) =>
          g.log.map(
            (e) => `${e.date}, ${g.title}: ${e.did}${e.learned ? ` (learned: ${e.learned})` : ''}`,
          ),
        );
        return items.length ? { title: 'Progress log', blocks: [{ type: 'list', items }] } : null;
      },
    },
  ],
});

export const plan = createDataStore(planDefinition);

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
  setStatus: (id: string, status: GoalStatus) =>
    plan.update((p) => model.setStatus(p, id, status, now())),
  archive: (id: string, archived: boolean) =>
    plan.update((p) => model.setArchived(p, id, archived, now())),
  /** Deletes a goal; call the returned function to undo. */
  remove: (id: string) => {
    let undo: ((current: Plan) => Plan) | null = null;
    plan.update((p) => {
      const result = model.removeGoal(p, id);
      undo = result.undo;
      return result.plan;
    });
    return () => {
      if (undo) plan.update(undo);
    };
  },
  addStep: (goalId: string, text: string, due: string | null = null) =>
    plan.update((p) => model.addStep(p, goalId, text, due, newId(), now())),
  editStep: (goalId: string, stepId: string, change: { text?: string; due?: string | null }) =>
    plan.update((p) => model.editStep(p, goalId, stepId, change, now())),
  toggleStep: (goalId: string, stepId: string) =>
    plan.update((p) => model.toggleStep(p, goalId, stepId, now())),
  moveStep: (goalId: string, stepId: string, to: number) =>
    plan.update((p) => model.moveStep(p, goalId, stepId, to, now())),
  removeStep: (goalId: string, stepId: string) =>
    plan.update((p) => model.removeStep(p, goalId, stepId, now())),
  addLog: (goalId: string, entry: { date: string; did: string; learned: string }) =>
    plan.update((p) => model.addLogEntry(p, goalId, entry, newId(), now())),
};
