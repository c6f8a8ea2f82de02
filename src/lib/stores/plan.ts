/**
 * The goal plan store (actions are in plan-actions.ts, so pages that only read or back up the
 * plan, such as My data, do not load them). The logic is in src/lib/goals/model.ts.
 */
import { pluralCount } from '../../i18n/plural';
import { formatNumber, pageLocale } from '../format';
import * as model from '../goals/summary';
import { goalSchema, planSchema, type Goal, type Plan } from '../schemas/plan';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';

export const planDefinition = defineStore<Plan>({
  name: 'plan',
  title: storeTitle('plan'),
  version: 1,
  schema: planSchema,
  migrations: {},
  initial: { version: 1, goals: [] },
  items: [{ field: 'goals', schema: goalSchema, noun: { one: 'goal', other: 'goals' } }],
  describe: (plan) => {
    if (plan.goals.length === 0) return 'nothing yet';
    const steps = plan.goals.reduce((n, g) => n + g.steps.length, 0);
    const archived = plan.goals.filter((g) => g.archived).length;
    const locale = pageLocale();
    const goals = pluralCount(locale, plan.goals.length, { one: '{n} goal', other: '{n} goals' });
    const counts = `${goals}, ${pluralCount(locale, steps, { one: '{n} step', other: '{n} steps' })}`;
    return archived ? `${counts} (${formatNumber(archived, locale)} archived)` : counts;
  },
  merge: mergeKeepingEverything,
});

export const plan = createDataStore(planDefinition);

/**
 * Merge for import: goals by id, the more recently updated version of a goal winning its
 * fields, while no step or log entry of either version is lost (a step added on one device and
 * the goal renamed on another both survive).
 */
export function mergeKeepingEverything(current: Plan, incoming: Plan): Plan {
  const versions = new Map<string, Goal>();
  for (const goal of [...current.goals, ...incoming.goals]) versions.set(goal.id, goal);
  const mine = new Map(current.goals.map((g) => [g.id, g]));
  const merged = model.mergePlans(current, incoming);
  return {
    ...merged,
    goals: merged.goals.map((goal) => {
      const other = goal === mine.get(goal.id) ? versions.get(goal.id) : mine.get(goal.id);
      if (!other || other === goal) return goal;
      const steps = new Set(goal.steps.map((s) => s.id));
      const log = new Set(goal.log.map((e) => e.id));
      return {
        ...goal,
        steps: [...goal.steps, ...other.steps.filter((s) => !steps.has(s.id))],
        log: [...goal.log, ...other.log.filter((e) => !log.has(e.id))].sort((a, b) =>
          a.date.localeCompare(b.date),
        ),
      };
    }),
  };
}
