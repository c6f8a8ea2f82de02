/**
 * What the planner shows, derived from the stored plan: active and archived goals, counts,
 * overdue and due-soon lists counted from the person's today, the list's groups, and search
 * over an index built once per plan change (not per keystroke).
 */
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyFields } from '~/lib/goals/model';
import { planSchema, type Goal } from '~/lib/schemas/plan';
import { memoryBackend } from '~/lib/storage/backend';
import { useBackend } from '~/lib/storage/runtime';
import { plan, planDefinition } from '~/lib/stores/plan';
import { actions } from '~/lib/stores/plan-actions';
import {
  $activeGoals,
  $archivedGoals,
  $dueSoonGoals,
  $goalCounts,
  $goalDue,
  $goalGroups,
  $goalIndex,
  $goalMatches,
  $goalQuery,
  $goals,
  $overdueGoals,
  $today,
  $urgency,
  $visibleGoals,
  setGoalQuery,
} from '~/lib/stores/plan-views';
import { goal } from '../../support/records';

const stamp = '2026-11-01T10:00:00.000Z';
const TODAY = '2026-11-24';

const step = (id: string, due: string | null, done = false) => ({
  id,
  text: `Step ${id}`,
  done,
  due,
  doneAt: done ? stamp : null,
});

/** Stores a plan as the person's (through the real schema) and sets today. */
function given(goals: Goal[], today = TODAY) {
  expect(plan.replace(planSchema.parse({ version: 1, goals }))).toBe(true);
  $today.set(today);
}

const ids = (goals: readonly Goal[]) => goals.map((g) => g.id);

beforeEach(() => {
  useBackend(memoryBackend());
  plan.refresh();
});
afterEach(() => {
  cleanStores(
    $goals,
    $activeGoals,
    $archivedGoals,
    $urgency,
    $overdueGoals,
    $dueSoonGoals,
    $goalCounts,
    $goalDue,
    $goalIndex,
    $goalMatches,
    $visibleGoals,
    $goalGroups,
    $today,
  );
  $goalQuery.set('');
  $today.set(TODAY);
  plan.clear();
});

describe('active, archived, overdue and due soon', () => {
  test.each<
    [
      string,
      Goal[],
      {
        active: string[];
        archived: string[];
        overdue: string[];
        soon: string[];
        /** Of the overdue goals: past their target date, or only with a late step. */
        goalOverdue: string[];
        stepsOverdue: string[];
      },
    ]
  >([
    [
      'an empty plan',
      [],
      { active: [], archived: [], overdue: [], soon: [], goalOverdue: [], stepsOverdue: [] },
    ],
    [
      'a target date yesterday is overdue; today and in 14 days are due soon; in 15 days is not',
      [
        goal('late', 'Late', { targetDate: '2026-11-23' }),
        goal('today', 'Today', { targetDate: '2026-11-24' }),
        goal('edge', 'In 14 days', { targetDate: '2026-12-08' }),
        goal('later', 'In 15 days', { targetDate: '2026-12-09' }),
        goal('undated', 'No date'),
      ],
      {
        active: ['late', 'today', 'edge', 'later', 'undated'],
        archived: [],
        overdue: ['late'],
        soon: ['today', 'edge'],
        goalOverdue: ['late'],
        stepsOverdue: [],
      },
    ],
    [
      'an open step past its due date makes the goal overdue (a step, not the goal); a done step does not',
      [
        goal('open', 'Open step', { steps: [step('a', '2026-11-20')] }),
        goal('done-step', 'Done step', { steps: [step('b', '2026-11-20', true)] }),
        goal('both', 'Late goal, late step', {
          targetDate: '2026-11-21',
          steps: [step('c', '2026-11-20')],
        }),
      ],
      {
        active: ['open', 'done-step', 'both'],
        archived: [],
        overdue: ['open', 'both'],
        soon: [],
        goalOverdue: ['both'],
        stepsOverdue: ['open'],
      },
    ],
    [
      'archived and done goals are never due',
      [
        goal('archived', 'Archived', { targetDate: '2026-11-01', archived: true }),
        goal('done', 'Done', { targetDate: '2026-11-01', status: 'done' }),
      ],
      {
        active: ['done'],
        archived: ['archived'],
        overdue: [],
        soon: [],
        goalOverdue: [],
        stepsOverdue: [],
      },
    ],
  ])('%s', (_name, goals, expected) => {
    given(goals);
    const idsOf = (kind: string) =>
      Object.entries($goalDue.get())
        .filter(([, due]) => due.kind === kind)
        .map(([id]) => id);
    expect({
      active: ids($activeGoals.get()),
      archived: ids($archivedGoals.get()),
      overdue: ids($overdueGoals.get()),
      soon: ids($dueSoonGoals.get()),
      goalOverdue: idsOf('goal-overdue'),
      stepsOverdue: idsOf('steps-overdue'),
    }).toEqual(expected);
    expect($goalCounts.get()).toEqual({
      all: goals.length,
      active: expected.active.length,
      archived: expected.archived.length,
      overdue: expected.overdue.length,
      soon: expected.soon.length,
      goalOverdue: expected.goalOverdue.length,
      stepsOverdue: expected.stepsOverdue.length,
    });
  });

  test('"today" is the local date it is set to: a new day makes a due-soon goal overdue', () => {
    given([goal('g', 'Poster', { targetDate: '2026-11-24' })]);
    expect(ids($dueSoonGoals.get())).toEqual(['g']);
    $today.set('2026-11-25');
    expect(ids($dueSoonGoals.get())).toEqual([]);
    expect(ids($overdueGoals.get())).toEqual(['g']);
    expect($urgency.get()).toEqual({ g: 'overdue' });
  });

  test('a tab left open overnight counts from the new day once the page is shown again', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 23, 0) });
    vi.stubGlobal('document', new EventTarget());
    try {
      given([goal('g', 'Poster', { targetDate: '2026-11-24' })]);
      const stop = $overdueGoals.listen(() => undefined);
      vi.setSystemTime(new Date(2026, 10, 25, 8, 0));
      document.dispatchEvent(new Event('visibilitychange'));
      expect($today.get()).toBe('2026-11-25');
      expect(ids($overdueGoals.get())).toEqual(['g']);
      stop();
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  test('subscribers see a change the moment the plan is saved', () => {
    given([goal('g1', 'One')]);
    const seen: number[] = [];
    const stop = $goalCounts.subscribe((counts) => seen.push(counts.active));
    actions.archive('g1', true);
    actions.addGoal({ ...emptyFields(), title: 'Two' });
    stop();
    expect(seen).toEqual([1, 0, 1]);
  });
});

describe('the list', () => {
  test('groups follow the list order (in progress, not started, paused, done), empty ones left out', () => {
    given([
      goal('d', 'Done', { status: 'done' }),
      goal('n1', 'Not started 1', { status: 'not-started' }),
      goal('i', 'In progress'),
      goal('n2', 'Not started 2', { status: 'not-started' }),
      goal('a', 'Archived', { status: 'paused', archived: true }),
    ]);
    expect($goalGroups.get().map((g) => [g.status, ids(g.goals)])).toEqual([
      ['in-progress', ['i']],
      ['not-started', ['n1', 'n2']],
      ['done', ['d']],
    ]);
  });
});

describe('search', () => {
  const goals = [
    goal('g1', 'Present a case at research rounds', {
      steps: [{ ...step('s1', null), text: 'Draft the slides' }],
    }),
    goal('g2', 'Find a near-peer mentor'),
    goal('g3', 'Sleep before exams', {
      log: [
        {
          id: 'l1',
          date: '2026-11-02',
          did: 'Went to bed by eleven',
          learned: 'Mornings feel easier',
        },
      ],
    }),
    goal('g4', 'Archived research project', { archived: true }),
  ];

  test.each([
    ['resarch', ['g1']],
    ['slieds', ['g1']],
    ['moring', ['g3']],
    ['near peer', ['g2']],
    ['zzqxv', []],
  ])('"%s" finds %j among the active goals, typos and all', async (query, expected) => {
    given(goals);
    await setGoalQuery(query);
    expect($goalMatches.get()).toEqual(expected);
    expect(ids($visibleGoals.get())).toEqual(expected);
  });

  test('a blank query lists every active goal, in order', async () => {
    given(goals);
    await setGoalQuery('   ');
    expect($goalMatches.get()).toBeNull();
    expect(ids($visibleGoals.get())).toEqual(['g1', 'g2', 'g3']);
  });

  test('the index is built once per plan change, not per keystroke', async () => {
    given(goals);
    await setGoalQuery('r');
    const index = $goalIndex.get();
    expect(index).not.toBeNull();
    for (const query of ['re', 'res', 'resa', 'resar']) {
      await setGoalQuery(query);
      $goalMatches.get();
      expect($goalIndex.get()).toBe(index);
    }
    actions.addStep('g2', 'Ask a research fellow');
    expect($goalIndex.get()).not.toBe(index);
    await setGoalQuery('fellow');
    expect($goalMatches.get()).toEqual(['g2']);
  });
});

test('deleting a goal returns its undo, which puts it back in its place and reports the save', () => {
  given([goal('a', 'A'), goal('b', 'B'), goal('c', 'C')]);
  const undo = actions.remove('b');
  expect(ids($goals.get())).toEqual(['a', 'c']);
  expect(undo()).toBe(true);
  expect(ids($goals.get())).toEqual(['a', 'b', 'c']);
  // Undoing twice changes nothing.
  expect(undo()).toBe(true);
  expect(ids($goals.get())).toEqual(['a', 'b', 'c']);
});

test.each<[string, Goal[], string]>([
  ['nothing', [], 'nothing yet'],
  ['one of each', [goal('a', 'A', { steps: [step('s', null)] })], '1 goal, 1 step'],
  [
    'several, some archived',
    [
      goal('a', 'A', { steps: [step('s1', null), step('s2', null)] }),
      goal('b', 'B', { archived: true }),
    ],
    '2 goals, 2 steps (1 archived)',
  ],
])('My data describes a plan with %s as "%s"', (_name, goals, expected) => {
  expect(planDefinition.describe(planSchema.parse({ version: 1, goals }))).toBe(expected);
});
