/**
 * The goal plan store (actions are in plan-actions.ts, so pages that only read or back up the
 * plan, such as My data, do not load them). The logic is in src/lib/goals/model.ts.
 */
import { pluralCount } from '../../i18n/plural';
import { formatNumber, pageLocale } from '../format';
import * as model from '../goals/summary';
import { planSchema, type Plan } from '../schemas/plan';
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
  describe: (plan) => {
    if (plan.goals.length === 0) return 'nothing yet';
    const steps = plan.goals.reduce((n, g) => n + g.steps.length, 0);
    const archived = plan.goals.filter((g) => g.archived).length;
    const locale = pageLocale();
    const goals = pluralCount(locale, plan.goals.length, { one: '{n} goal', other: '{n} goals' });
    const counts = `${goals}, ${pluralCount(locale, steps, { one: '{n} step', other: '{n} steps' })}`;
    return archived ? `${counts} (${formatNumber(archived, locale)} archived)` : counts;
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
