/**
 * What a person does in the planner, through the actions the planner island calls: each change
 * is saved at once, with the time it was made, counts toward the backup reminder, and a delete
 * can be undone.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyFields } from '~/lib/goals/model';
import type { Goal, Plan } from '~/lib/schemas/plan';
import { $unsaved, retryUnsaved } from '~/lib/storage/runtime';
import { $unsavedGoals } from '~/lib/stores/plan-views';
import { meta } from '~/lib/stores/meta';
import { plan, planDefinition } from '~/lib/stores/plan';
import { actions } from '~/lib/stores/plan-actions';
import { goal, stamp, step } from '../../support/records';
import { stored, useFreshStores } from '../../support/stores';
import { planShare } from '~/lib/stores/plan-share';

const { storage } = useFreshStores();
const now = new Date('2026-11-24T10:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const seed = (...goals: Goal[]) => plan.replace({ version: 1, goals });
const goals = () => plan.read().goals;
const only = () => goals()[0];

describe('adding a goal', () => {
  test('saves it not started, with its steps in order and blank ones left out', () => {
    const id = actions.addGoal({ ...emptyFields(), title: '  Present at rounds ' }, [
      'Pick a case',
      '  ',
      ' Draft the slides ',
    ]);
    expect(stored(storage(), 'plan')).toEqual(plan.read());
    expect(only()).toMatchObject({
      id,
      title: 'Present at rounds',
      status: 'not-started',
      archived: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(only()?.steps.map((s) => [s.text, s.done])).toEqual([
      ['Pick a case', false],
      ['Draft the slides', false],
    ]);
    // Every step has an id of its own, different from the goal's.
    const ids = [id, ...(only()?.steps.map((s) => s.id) ?? [])];
    expect(new Set(ids).size).toBe(3);
  });

  test('a goal without a title is called "Untitled goal"', () => {
    actions.addGoal(emptyFields());
    expect(only()?.title).toBe('Untitled goal');
  });
});

describe('changing a goal', () => {
  const later = '2026-11-24T10:00:00.000Z';
  test.each<[string, () => boolean, Partial<Goal>]>([
    [
      'editing its fields',
      () => actions.editGoal('g1', { title: 'Present twice', targetDate: '2026-12-01' }),
      { title: 'Present twice', targetDate: '2026-12-01' },
    ],
    ['marking it done', () => actions.setStatus('g1', 'done'), { status: 'done' }],
    ['pausing it', () => actions.setStatus('g1', 'paused'), { status: 'paused' }],
    ['archiving it', () => actions.archive('g1', true), { archived: true }],
    ['bringing it back from the archive', () => actions.archive('g1', false), { archived: false }],
  ])('%s saves the change with the time it was made', (_name, act, expected) => {
    seed(goal('g1', 'Present at rounds', { archived: true }), goal('g2', 'Other'));
    expect(act()).toBe(true);
    expect(goals()[0]).toMatchObject({ ...expected, updatedAt: later });
    // The other goal is untouched.
    expect(goals()[1]).toEqual(goal('g2', 'Other'));
  });
});

describe('steps', () => {
  const withSteps = () =>
    seed(
      goal('g1', 'Poster', {
        status: 'not-started',
        steps: [step('a', 'Outline'), step('b', 'Figures'), step('c', 'Print')],
      }),
    );
  const texts = () => only()?.steps.map((s) => s.text);

  test.each<[string, () => void, string[]]>([
    [
      'adding one puts it last',
      () => actions.addStep('g1', ' Submit '),
      ['Outline', 'Figures', 'Print', 'Submit'],
    ],
    [
      'a blank step is not added',
      () => actions.addStep('g1', '   '),
      ['Outline', 'Figures', 'Print'],
    ],
    [
      'editing the text',
      () => actions.editStep('g1', 'b', { text: 'Charts' }),
      ['Outline', 'Charts', 'Print'],
    ],
    ['moving one up', () => actions.moveStep('g1', 'c', 0), ['Print', 'Outline', 'Figures']],
    [
      'moving one past the end keeps it last',
      () => actions.moveStep('g1', 'a', 99),
      ['Figures', 'Print', 'Outline'],
    ],
    [
      'moving a step that is gone changes nothing',
      () => actions.moveStep('g1', 'x', 0),
      ['Outline', 'Figures', 'Print'],
    ],
    ['removing one', () => actions.removeStep('g1', 'b'), ['Outline', 'Print']],
  ])('%s', (_name, act, expected) => {
    withSteps();
    act();
    expect(texts()).toEqual(expected);
  });

  test('a step gets a due date, and loses it again', () => {
    withSteps();
    actions.addStep('g1', 'Submit', '2026-12-01');
    expect(only()?.steps[3]).toMatchObject({ text: 'Submit', due: '2026-12-01' });
    actions.editStep('g1', 'a', { due: '2026-11-30' });
    expect(only()?.steps[0]?.due).toBe('2026-11-30');
    actions.editStep('g1', 'a', { due: null });
    expect(only()?.steps[0]?.due).toBeNull();
  });

  test('checking the first step starts the goal; unchecking keeps it started', () => {
    withSteps();
    actions.toggleStep('g1', 'a');
    expect(only()).toMatchObject({ status: 'in-progress' });
    expect(only()?.steps[0]).toMatchObject({ done: true, doneAt: now.toISOString() });
    actions.toggleStep('g1', 'a');
    expect(only()).toMatchObject({ status: 'in-progress' });
    expect(only()?.steps[0]).toMatchObject({ done: false, doneAt: null });
  });

  test('checking every step never marks the goal done by itself', () => {
    withSteps();
    for (const id of ['a', 'b', 'c']) actions.toggleStep('g1', id);
    expect(only()?.status).toBe('in-progress');
  });
});

describe('the progress log', () => {
  test('entries are kept in date order, whatever order they are written in', () => {
    seed(goal('g1', 'Poster'));
    actions.addLog('g1', { date: '2026-11-20', did: 'Drafted', learned: 'Start early' });
    actions.addLog('g1', { date: '2026-11-10', did: 'Outlined', learned: '' });
    expect(only()?.log.map((e) => [e.date, e.did])).toEqual([
      ['2026-11-10', 'Outlined'],
      ['2026-11-20', 'Drafted'],
    ]);
  });

  test('an empty entry is not saved', () => {
    seed(goal('g1', 'Poster'));
    actions.addLog('g1', { date: '2026-11-20', did: '  ', learned: '' });
    expect(only()?.log).toEqual([]);
  });
});

describe('deleting a goal', () => {
  beforeEach(() => seed(goal('g1', 'First'), goal('g2', 'Second'), goal('g3', 'Third')));

  test('removes it at once; undo puts it back where it was', () => {
    const undo = actions.remove('g2');
    expect(goals().map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(undo()).toBe(true);
    expect(goals().map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect(goals()[1]).toEqual(goal('g2', 'Second'));
  });

  test('undo after the goal came back another way (an import) adds no second copy', () => {
    const undo = actions.remove('g1');
    seed(goal('g1', 'First'), goal('g3', 'Third'));
    expect(undo()).toBe(true);
    expect(goals().map((g) => g.id)).toEqual(['g1', 'g3']);
  });

  test('undo still works after other goals were deleted meanwhile', () => {
    const undo = actions.remove('g3');
    actions.remove('g1');
    expect(undo()).toBe(true);
    expect(goals().map((g) => g.id)).toEqual(['g2', 'g3']);
  });

  test('deleting a goal that is not there changes nothing', () => {
    const undo = actions.remove('nope');
    expect(goals()).toHaveLength(3);
    expect(undo()).toBe(true);
    expect(goals()).toHaveLength(3);
  });

  test('undo says when it could not be saved, and keeps the goal on screen, unsaved', () => {
    const undo = actions.remove('g2');
    storage().quota = 0;
    expect(undo()).toBe(false);
    storage().quota = Infinity;
    const stored = JSON.parse(storage().getItem('medmentor:plan') ?? '') as Plan;
    expect(stored.goals.map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(goals().map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect($unsaved.get()).toEqual(['plan']);
    // The goal is marked "not saved yet" until a retry saves it.
    expect([...$unsavedGoals.get()]).toEqual(['g2']);
    expect(retryUnsaved()).toBe(true);
    expect([...$unsavedGoals.get()]).toEqual([]);
  });
});

test('each saved change counts toward the backup reminder', () => {
  const id = actions.addGoal({ ...emptyFields(), title: 'A' });
  actions.addStep(id, 'One');
  actions.setStatus(id, 'done');
  expect(meta.read()).toMatchObject({ changesSinceBackup: 3, firstChangeAt: now.toISOString() });
});

test('a change that cannot be saved (storage full) says so and leaves the saved plan as it was', () => {
  seed(goal('g1', 'Poster'));
  const before = storage().getItem('medmentor:plan');
  storage().quota = 10;
  expect(actions.editGoal('g1', { title: 'A much longer title that will not fit' })).toBe(false);
  expect(storage().getItem('medmentor:plan')).toBe(before);
});

describe('the plan as My data and sharing show it', () => {
  const done = step('s1', 'Outline', { done: true, doneAt: stamp });
  const sample: Plan = {
    version: 1,
    goals: [
      goal('g1', 'Poster', {
        status: 'in-progress',
        targetDate: '2026-12-01',
        steps: [done, step('s2', 'Print')],
        log: [{ id: 'l1', date: '2026-11-20', did: 'Outlined it', learned: 'Start early' }],
      }),
      goal('g2', 'Old goal', {
        archived: true,
        steps: [step('s3', 'x')],
        log: [{ id: 'l2', date: '2026-10-01', did: 'Tried', learned: '' }],
      }),
    ],
  };

  test('describe counts goals, steps and archived goals', () => {
    expect(planDefinition.describe(planDefinition.initial)).toBe('nothing yet');
    const text = planDefinition.describe(sample);
    expect(text).toMatch(/\b2 goals?\b/);
    expect(text).toMatch(/\b3 steps?\b/);
    expect(text).toMatch(/\b1 archived\b/);
    const one = planDefinition.describe({ version: 1, goals: [goal('g', 'x')] });
    expect(one).toMatch(/\b1 goal\b/);
    expect(one).toMatch(/\b0 steps?\b/);
    expect(one).not.toMatch(/archived/);
  });

  test('the shared goals table leaves archived goals out and shows progress', () => {
    const [goalsOption, logOption] = planShare;
    expect(goalsOption).toMatchObject({ defaultOn: true });
    expect(goalsOption?.summarize(sample, { name: null })).toEqual({
      title: 'Goals',
      blocks: [
        {
          type: 'table',
          caption: 'Goals and progress',
          columns: ['Goal', 'Status', 'Steps done', 'Target date'],
          rows: [['Poster', 'In progress', '1 of 2', 'December 1, 2026']],
        },
      ],
    });
    expect(
      goalsOption?.summarize({ version: 1, goals: [sample.goals[1]!] }, { name: null }),
    ).toBeNull();
    // The log is private unless chosen, and lists every entry with what was learned.
    expect(logOption?.defaultOn).toBe(false);
    expect(logOption?.summarize(sample, { name: null })).toEqual({
      title: 'Progress log',
      blocks: [
        {
          type: 'list',
          items: [
            'November 20, 2026, Poster: Outlined it (learned: Start early)',
            'October 1, 2026, Old goal: Tried',
          ],
        },
      ],
    });
    expect(logOption?.summarize(planDefinition.initial, { name: null })).toBeNull();
  });

  test('merging an import keeps every goal once, the later edit winning', () => {
    const mine = goal('g1', 'Mine', { updatedAt: '2026-11-20T00:00:00.000Z' });
    const theirs = goal('g1', 'Theirs', { updatedAt: '2026-11-21T00:00:00.000Z' });
    const merged = planDefinition.merge(
      { version: 1, goals: [mine] },
      { version: 1, goals: [theirs, goal('g9', 'New')] },
    );
    expect(merged.goals.map((g) => g.title)).toEqual(['Theirs', 'New']);
  });
});

test('a goal just added says whether it was saved, is only on screen, or was refused', () => {
  expect(actions.saveState(actions.addGoal({ ...emptyFields(), title: 'Saved' }))).toBe('saved');
  storage().quota = 0;
  expect(actions.saveState(actions.addGoal({ ...emptyFields(), title: 'On screen' }))).toBe(
    'unsaved',
  );
  storage().quota = Infinity;
  const tooLong = actions.addGoal({ ...emptyFields(), title: 'x'.repeat(201) });
  expect(actions.saveState(tooLong)).toBe('refused');
});
