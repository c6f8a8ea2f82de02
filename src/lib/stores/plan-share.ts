/**
 * What the plan shares with a mentor (a checkbox each), written to the mentor. Loaded only when
 * a person shares (src/lib/stores/share-parts.ts), so pages that only use the plan do not load it.
 */
import { formatDay, pageLocale } from '../format';
import * as model from '../goals/summary';
import type { Plan } from '../schemas/plan';
import type { ShareDefinition } from '../storage/define';

export const planShare: ShareDefinition<Plan>[] = [
  {
    id: 'goals',
    label: 'My goals and their progress',
    defaultOn: true,
    summarize: (plan, who) => {
      const goals = plan.goals.filter((g) => !g.archived);
      if (goals.length === 0) return null;
      return {
        title: who.name ? `${who.name}'s goals` : 'Goals',
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
                g.targetDate ? formatDay(g.targetDate, pageLocale()) : '',
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
    summarize: (plan, who) => {
      const items = plan.goals.flatMap((g) =>
        g.log.map(
          (e) =>
            `${formatDay(e.date, pageLocale())}, ${g.title}: ${e.did}${e.learned ? ` (learned: ${e.learned})` : ''}`,
        ),
      );
      const title = who.name ? `${who.name}'s progress log` : 'Progress log';
      return items.length ? { title, blocks: [{ type: 'list', items }] } : null;
    },
  },
];
