/**
 * Filtering a plan of 500 goals (10 steps and 2 log entries each), with the real modules: the
 * fuzzy search (src/lib/search/goals.ts, fuse.js) and the urgency and progress helpers
 * (src/lib/goals/). The plan is checked against the stored plan schema before it is used.
 * Run by `npm run bench` (or `npx vitest bench --run bench/`).
 */
import { bench, describe } from 'vitest';
import { goalUrgency, progress } from '~/lib/goals/model';
import { planSchema, type Goal, type GoalStatus, type Plan } from '~/lib/schemas/plan';
import { createGoalSearch } from '~/lib/search/goals';

const GOALS = 500;
const TODAY = '2026-11-24';
const statuses: GoalStatus[] = ['not-started', 'in-progress', 'done', 'paused'];
const topics = [
  'research poster',
  'clinical skills',
  'presentation at grand rounds',
  'find a near-peer mentor',
  'residency applications',
  'quality improvement project',
  'wellbeing and sleep',
  'feedback from preceptors',
  'networking at a conference',
  'teaching junior students',
];
const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

function goal(i: number): Goal {
  const topic = topics[i % topics.length]!;
  return {
    id: `g${i}`,
    title: `Goal ${i}: ${topic}`,
    specific: `Work on ${topic} with a clear first step this month (${i}).`,
    measurable: `I can show one result for ${topic}.`,
    achievable: 'Fits around rotations: one hour a week.',
    relevant: `Matters for the next stage of training (${topic}).`,
    timeBound: 'By the end of the block.',
    targetDate: i % 7 === 0 ? null : day((i % 60) - 20),
    status: statuses[i % statuses.length]!,
    archived: i % 25 === 0,
    link: null,
    guides: ['mentees/purpose-and-direction'],
    whoCanHelp: i % 3 === 0 ? 'My research mentor' : 'A senior resident',
    steps: Array.from({ length: 10 }, (_, j) => ({
      id: `s${i}-${j}`,
      text: `Step ${j + 1} of goal ${i}: ${topics[(i + j) % topics.length]}`,
      done: j < i % 10,
      due: j % 3 === 0 ? day((i + j) % 40) : null,
      doneAt: j < i % 10 ? `${day(-10)}T09:00:00.000Z` : null,
    })),
    log: Array.from({ length: 2 }, (_, j) => ({
      id: `l${i}-${j}`,
      date: day(-j - 1),
      did: `Met my mentor about ${topic}.`,
      learned: 'Smaller steps work better.',
    })),
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

const plan: Plan = { version: 1, goals: Array.from({ length: GOALS }, (_, i) => goal(i)) };
const checked = planSchema.safeParse(plan);
if (!checked.success) throw new Error(`The generated plan is not valid: ${checked.error.message}`);
const { goals } = plan;
const search = await createGoalSearch(goals);

/** What the plan page does for one query: live goals in match order, grouped by status, counts. */
function filterLikePlanPage(query: string, find: (q: string) => string[]) {
  const live = goals.filter((g) => !g.archived);
  const byId = new Map(live.map((g) => [g.id, g]));
  const visible = query.trim() ? find(query).flatMap((id) => byId.get(id) ?? []) : live;
  const groups = statuses.map((status) =>
    visible.filter((g) => g.status === status).map((g) => [g, progress(g), goalUrgency(g, TODAY)]),
  );
  const overdue = live.filter((g) => goalUrgency(g, TODAY) === 'overdue').length;
  const soon = live.filter((g) => goalUrgency(g, TODAY) === 'soon').length;
  return { groups, overdue, soon };
}

describe('plan filtering, 500 goals of 10 steps', () => {
  bench('createGoalSearch: build the fuse.js index', async () => {
    await createGoalSearch(goals);
  });
  bench('search "resarch postr" (typo-tolerant, index built)', () => {
    search('resarch postr');
  });
  bench('search "mentor" (many matches, index built)', () => {
    search('mentor');
  });
  bench('filter like the plan page: search, group by status, progress, urgency', () => {
    filterLikePlanPage('resarch postr', search);
  });
  bench('no query: group by status, progress, overdue and soon counts', () => {
    filterLikePlanPage('', search);
  });
});
