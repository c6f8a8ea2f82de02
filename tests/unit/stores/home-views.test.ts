/**
 * The home page for a returning person: what it shows (self-assessments with their bands,
 * goals due, next meeting, follow-ups, last backup), the one suggested next step and where
 * each step leads, and the "Done" marks on the list of self-assessments.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Attempt } from '~/lib/schemas/assessments';
import type { Meta } from '~/lib/schemas/meta';
import { lastDone } from '~/lib/stores/assessment-status';
import { assessments } from '~/lib/stores/assessments';
import {
  $homeState,
  homeState,
  nextStep,
  stepLink,
  type HomeInput,
  type HomeLinks,
  type HomeState,
  type NextStep,
  type ToolsOn,
} from '~/lib/stores/home-views';
import { meta } from '~/lib/stores/meta';
import { network } from '~/lib/stores/network';
import { meetings } from '~/lib/stores/partnership';
import { plan } from '~/lib/stores/plan';
import { bandedAttempt } from '../../support/banded-attempt';
import { contact, goal, meeting, step } from '../../support/records';
import { useFreshStores } from '../../support/stores';
import { named, tableTest } from '../../support/table';

const TODAY = '2026-11-24';

function needsAttempt(id: string, completedAt: string, extra: Partial<Attempt> = {}): Attempt {
  return bandedAttempt(id, {
    title: 'What do I need from a mentor?',
    completedAt,
    results: [
      {
        domain: 'guidance',
        name: 'Guidance and support',
        score: 75,
        mean: 4,
        answered: 4,
        band: 'strong-need',
      },
      { domain: 'network', name: 'Networking', score: 20, mean: 1.8, answered: 4, band: 'met' },
      {
        domain: 'purpose',
        name: 'Purpose and direction',
        score: null,
        mean: null,
        answered: 1,
        band: null,
      },
    ],
    ...extra,
  });
}

const noMeta: Meta = { version: 1, lastBackupAt: null, firstChangeAt: null, changesSinceBackup: 0 };

function input(extra: Partial<HomeInput> = {}): HomeInput {
  return {
    assessments: { version: 2, drafts: {}, attempts: [] },
    goals: [],
    meetings: [],
    contacts: [],
    meta: noMeta,
    backupDue: false,
    today: TODAY,
    ...extra,
  };
}

describe('homeState', () => {
  test('nothing stored: a first visit', () => {
    expect(homeState(input())).toEqual({
      returning: false,
      done: [],
      activeGoals: 0,
      overdue: [],
      soon: [],
      nextMeeting: null,
      followUps: { overdue: 0, due: 0 },
      backup: { day: null, due: false },
      today: TODAY,
    });
  });

  test('everything stored: the latest of each self-assessment with its bands, goals by date, the next meeting, follow-ups, the last backup', () => {
    const state = homeState(
      input({
        assessments: {
          version: 2,
          drafts: {},
          attempts: [
            needsAttempt('old', '2026-10-01T12:00:00.000Z', {
              results: [
                {
                  domain: 'guidance',
                  name: 'Guidance and support',
                  score: 10,
                  mean: 1.4,
                  answered: 4,
                  band: 'met',
                },
              ],
            }),
            needsAttempt('new', '2026-11-20T12:00:00.000Z'),
          ],
        },
        goals: [
          goal('late', 'Ask for feedback', { targetDate: '2026-11-10' }),
          goal('step-late', 'Write a CV', { steps: [step('s', 'Draft', { due: '2026-11-20' })] }),
          goal('soon', 'Shadow a clinic', { targetDate: '2026-12-01' }),
          goal('later', 'Publish', { targetDate: '2027-06-01' }),
          goal('done', 'Done one', { targetDate: '2026-11-01', status: 'done' }),
          goal('archived', 'Old one', { targetDate: '2026-11-01', archived: true }),
        ],
        meetings: [
          meeting('past', '2026-11-01'),
          meeting('far', '2027-01-10'),
          meeting('next', '2026-11-28', { agenda: 'CV' }),
        ],
        contacts: [
          contact('a', 'Ana', { nextFollowUp: '2026-11-20' }),
          contact('b', 'Ben', { nextFollowUp: '2026-11-26' }),
          contact('c', 'Cy', { nextFollowUp: '2027-02-01' }),
        ],
        meta: { ...noMeta, lastBackupAt: '2026-11-02T12:00:00.000Z', changesSinceBackup: 30 },
        backupDue: true,
      }),
    );
    expect(state.returning).toBe(true);
    expect(state.done).toEqual([
      {
        instrument: 'mentoring-needs',
        title: 'What do I need from a mentor?',
        day: '2026-11-20',
        line: 'A strong need: Guidance and support. Met for now: Networking. Not enough answers to go on: Purpose and direction.',
        focus: [{ domain: 'guidance', name: 'Guidance and support', band: 'strong-need' }],
      },
    ]);
    expect(state.activeGoals).toBe(5);
    expect(state.overdue).toEqual([
      { id: 'late', title: 'Ask for feedback', due: '2026-11-10' },
      { id: 'step-late', title: 'Write a CV', due: '2026-11-20' },
    ]);
    expect(state.soon).toEqual([{ id: 'soon', title: 'Shadow a clinic', due: '2026-12-01' }]);
    expect(state.nextMeeting).toEqual({ date: '2026-11-28', agenda: 'CV' });
    expect(state.followUps).toEqual({ overdue: 1, due: 1 });
    expect(state.backup).toEqual({ day: '2026-11-02', due: true });
  });

  tableTest<[string, Partial<HomeInput>], boolean>(
    'returning with only %s: %s',
    named((extra: Partial<HomeInput>) => homeState(input(extra)).returning),
    [
      [
        'a draft',
        {
          assessments: {
            version: 2,
            drafts: {
              x: {
                framework: 'none',
                step: 0,
                answers: {},
                notes: {},
                startedAt: '2026-11-01T10:00:00.000Z',
                updatedAt: '2026-11-01T10:00:00.000Z',
              },
            },
            attempts: [],
          },
        },
        true,
      ],
      ['an archived goal', { goals: [goal('g', 'G', { archived: true })] }, true],
      ['a past meeting', { meetings: [meeting('m', '2026-01-01')] }, true],
      ['a contact', { contacts: [contact('c', 'C')] }, true],
      ['a backup made', { meta: { ...noMeta, lastBackupAt: '2026-11-01T10:00:00.000Z' } }, true],
      ['changes counted but nothing kept', { meta: { ...noMeta, changesSinceBackup: 3 } }, false],
    ],
  );
});

/** A returning person's state with nothing to act on; each row changes what it is about. */
function state(extra: Partial<HomeState> = {}): HomeState {
  return {
    returning: true,
    done: [],
    activeGoals: 0,
    overdue: [],
    soon: [],
    nextMeeting: null,
    followUps: { overdue: 0, due: 0 },
    backup: { day: '2026-11-20', due: false },
    today: TODAY,
    ...extra,
  };
}

const needsDone = {
  instrument: 'mentoring-needs',
  title: 'Needs',
  day: '2026-11-20',
  line: '',
  focus: [
    { domain: 'guidance', name: 'Guidance and support', band: 'strong-need' },
    { domain: 'network', name: 'Networking', band: 'some-need' },
  ],
};
const allMet = { ...needsDone, focus: [] };
const allOn: ToolsOn = { brief: true, meetings: true, network: true, needs: true };
const late = { id: 'g', title: 'Ask for feedback', due: '2026-11-10' };

describe('nextStep', () => {
  tableTest<[string, Partial<HomeState>, Partial<ToolsOn>], NextStep>(
    '%s',
    named((extra: Partial<HomeState>, on: Partial<ToolsOn>) =>
      nextStep(state(extra), { ...allOn, ...on }),
    ),
    [
      ['nothing done yet: take the needs self-assessment', {}, {}, { kind: 'take-needs' }],
      [
        'needs done, no goal: a goal from the top need, with its band',
        { done: [needsDone] },
        {},
        {
          kind: 'goal-from-need',
          domain: 'guidance',
          name: 'Guidance and support',
          band: 'strong-need',
        },
      ],
      [
        'needs done, a goal already: look over the plan',
        { done: [needsDone], activeGoals: 1 },
        {},
        { kind: 'open-plan' },
      ],
      [
        'every need met, no goal: look over the plan',
        { done: [allMet] },
        {},
        { kind: 'open-plan' },
      ],
      [
        'a goal overdue comes first, whatever else is due',
        {
          overdue: [late],
          nextMeeting: { date: '2026-11-25', agenda: '' },
          backup: { day: null, due: true },
        },
        {},
        { kind: 'open-goal', title: 'Ask for feedback' },
      ],
      [
        'a meeting within a week: prepare the brief',
        {
          done: [needsDone],
          activeGoals: 1,
          nextMeeting: { date: '2026-12-01', agenda: '' },
          backup: { day: null, due: true },
        },
        {},
        { kind: 'prepare-brief', date: '2026-12-01' },
      ],
      [
        'a meeting within a week, brief switched off: the backup that is due',
        { nextMeeting: { date: '2026-12-01', agenda: '' }, backup: { day: null, due: true } },
        { brief: false },
        { kind: 'back-up' },
      ],
      [
        'a meeting in more than a week: not yet',
        { done: [needsDone], activeGoals: 1, nextMeeting: { date: '2026-12-02', agenda: '' } },
        {},
        { kind: 'open-plan' },
      ],
      [
        'a backup due comes before the needs self-assessment',
        { backup: { day: null, due: true } },
        {},
        { kind: 'back-up' },
      ],
      [
        'needs self-assessment not in this build: a goal-less person looks over the plan',
        {},
        { needs: false },
        { kind: 'open-plan' },
      ],
      [
        'follow-ups due, everything else done',
        { done: [needsDone], activeGoals: 2, followUps: { overdue: 1, due: 2 } },
        {},
        { kind: 'follow-up', count: 3 },
      ],
      [
        'follow-ups due, network switched off',
        { done: [needsDone], activeGoals: 2, followUps: { overdue: 1, due: 2 } },
        { network: false },
        { kind: 'open-plan' },
      ],
    ],
    { deep: true },
  );
});

const links: HomeLinks = {
  plan: '/plan/',
  myData: '/my-data/',
  brief: '/plan/brief/',
  needs: '/assessments/mentoring-needs/',
  network: '/network/',
  goalFromNeed: {
    'guidance strong-need': '/plan/?instrument=mentoring-needs&domain=guidance&band=strong-need',
  },
};

describe('stepLink', () => {
  tableTest<[NextStep, HomeLinks], { text: string; href: string }>(
    '%j leads to %j',
    (step, to) => stepLink(step, to, 'en-US'),
    [
      [
        { kind: 'open-goal', title: 'Ask for feedback' },
        links,
        { text: 'Open your goal "Ask for feedback": its date has passed', href: '/plan/' },
      ],
      [
        { kind: 'prepare-brief', date: '2026-12-01' },
        links,
        { text: 'Prepare a brief for your meeting on December 1, 2026', href: '/plan/brief/' },
      ],
      [
        { kind: 'back-up' },
        links,
        { text: 'Back up your data: it is kept only in this browser', href: '/my-data/' },
      ],
      [
        { kind: 'take-needs' },
        links,
        {
          text: 'See what you need from a mentor: take the needs self-assessment',
          href: '/assessments/mentoring-needs/',
        },
      ],
      [
        {
          kind: 'goal-from-need',
          domain: 'guidance',
          name: 'Guidance and support',
          band: 'strong-need',
        },
        links,
        {
          text: 'Make a goal from your top need: Guidance and support',
          href: '/plan/?instrument=mentoring-needs&domain=guidance&band=strong-need',
        },
      ],
      [
        { kind: 'follow-up', count: 1 },
        links,
        { text: 'Follow up with the person you planned to', href: '/network/' },
      ],
      [
        { kind: 'follow-up', count: 3 },
        links,
        { text: 'Follow up with the 3 people you planned to', href: '/network/' },
      ],
      [
        { kind: 'goal-from-need', domain: 'guidance', name: 'Guidance and support', band: null },
        links,
        { text: 'Make a goal from your top need: Guidance and support', href: '/plan/' },
      ],
      [
        { kind: 'open-plan' },
        links,
        { text: 'Look over your plan and choose what to do next', href: '/plan/' },
      ],
    ],
    { deep: true },
  );
});

describe('lastDone', () => {
  tableTest(
    '%s',
    named((attempts: Attempt[]) => lastDone({ version: 2, drafts: {}, attempts })),
    [
      ['none done', [], {}],
      [
        'the latest day of each instrument',
        [
          needsAttempt('a', '2026-10-01T12:00:00.000Z'),
          needsAttempt('b', '2026-11-20T12:00:00.000Z'),
          needsAttempt('c', '2026-11-02T12:00:00.000Z', { instrument: 'clinical-strengths' }),
        ],
        { 'mentoring-needs': '2026-11-20', 'clinical-strengths': '2026-11-02' },
      ],
    ],
    { deep: true },
  );
});

describe('$homeState', () => {
  useFreshStores();

  afterEach(() => {
    vi.useRealTimers();
  });

  // First: a store read with .get() stays mounted for a second, and these load on mount.
  test('meetings and people, stored before the page opened, arrive once their stores load', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24, 12));
    meetings.replace({ version: 1, meetings: [meeting('m', '2026-11-26')] });
    network.replace({
      version: 1,
      contacts: [contact('c', 'Ana', { nextFollowUp: '2026-11-20' })],
    });
    const stop = $homeState.listen(() => {});
    await vi.waitFor(() => {
      expect($homeState.get().nextMeeting?.date).toBe('2026-11-26');
      expect($homeState.get().followUps).toEqual({ overdue: 1, due: 0 });
    });
    stop();
  });

  test('follows the stores: a saved attempt and goal show at once', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24, 12));
    expect($homeState.get().returning).toBe(false);
    assessments.replace({
      version: 2,
      drafts: {},
      attempts: [needsAttempt('n', '2026-11-20T12:00:00.000Z')],
    });
    plan.replace({
      version: 1,
      goals: [goal('g', 'Ask for feedback', { targetDate: '2026-11-10' })],
    });
    const home = $homeState.get();
    expect(home.returning).toBe(true);
    expect(home.done.map((d) => d.day)).toEqual(['2026-11-20']);
    expect(home.overdue.map((g) => g.title)).toEqual(['Ask for feedback']);
    expect(meta.read().changesSinceBackup).toBeGreaterThan(0);
  });

  test('nothing stored: neither store is loaded, and nothing is listed', () => {
    const stop = $homeState.listen(() => {});
    expect($homeState.get().nextMeeting).toBeNull();
    expect($homeState.get().followUps).toEqual({ overdue: 0, due: 0 });
    stop();
  });
});
