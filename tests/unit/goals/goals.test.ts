import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { briefGoals } from '~/lib/goals/brief';
import { briefMarkdown } from '~/lib/goals/brief-markdown';
import { addDays, daysBetween, urgency } from '~/lib/dates';
import { escapeText, foldLine, planEvents, toIcs } from '~/lib/goals/ics';
import * as model from '~/lib/goals/model';
import type { Plan } from '~/lib/schemas/plan';
import { createGoalSearch } from '~/lib/search/goals';

const t = (iso: string) => new Date(iso);
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};
const empty: Plan = { version: 1, goals: [] };
const fields = (title: string, extra: Partial<model.GoalFields> = {}): model.GoalFields => ({
  ...model.emptyFields(),
  title,
  ...extra,
});

function samplePlan(): Plan {
  const ids = counter();
  let p = model.addGoal(
    empty,
    fields('Present a case at research rounds', {
      targetDate: '2026-12-10',
      specific: 'Prepare and present one case',
    }),
    ['Pick a case', 'Draft slides', 'Practice with a peer'],
    ids,
    t('2026-11-01T10:00:00Z'),
  );
  p = model.addGoal(p, fields('Find a near-peer mentor'), [], ids, t('2026-11-02T10:00:00Z'));
  return p;
}

describe('goal model', () => {
  test('a new goal starts not started, with its steps in order', () => {
    const [goal] = samplePlan().goals;
    expect(goal).toMatchObject({
      id: 'id1',
      status: 'not-started',
      archived: false,
      title: 'Present a case at research rounds',
    });
    expect(goal?.steps.map((s) => [s.id, s.text, s.done])).toEqual([
      ['id2', 'Pick a case', false],
      ['id3', 'Draft slides', false],
      ['id4', 'Practice with a peer', false],
    ]);
    expect(model.progress(goal!)).toEqual({ done: 0, total: 3 });
  });

  test('checking a step off starts the goal and records when; unchecking clears it', () => {
    let p = model.toggleStep(samplePlan(), 'id1', 'id2', t('2026-11-05T09:00:00Z'));
    expect(p.goals[0]).toMatchObject({ status: 'in-progress' });
    expect(p.goals[0]?.steps[0]).toMatchObject({ done: true, doneAt: '2026-11-05T09:00:00.000Z' });
    p = model.toggleStep(p, 'id1', 'id2', t('2026-11-06T09:00:00Z'));
    expect(p.goals[0]?.steps[0]).toMatchObject({ done: false, doneAt: null });
    expect(p.goals[0]?.status).toBe('in-progress');
  });

  test.each<[string, number, string[]]>([
    ['to the top', 0, ['id4', 'id2', 'id3']],
    ['one up', 1, ['id2', 'id4', 'id3']],
    ['past the end (clamped)', 99, ['id2', 'id3', 'id4']],
    ['before the start (clamped)', -5, ['id4', 'id2', 'id3']],
  ])('moving the last step %s', (_name, to, order) => {
    const p = model.moveStep(samplePlan(), 'id1', 'id4', to, t('2026-11-05T00:00:00Z'));
    expect(p.goals[0]?.steps.map((s) => s.id)).toEqual(order);
  });

  test('delete, then undo, puts the goal back where it was', () => {
    const before = samplePlan();
    const { plan: after, undo } = model.removeGoal(before, 'id1');
    expect(after.goals.map((g) => g.id)).toEqual(['id5']);
    expect(undo(after)).toEqual(before);
    expect(undo(undo(after))).toEqual(before);
  });

  test('log entries stay in date order; empty ones are ignored', () => {
    let p = model.addLogEntry(
      samplePlan(),
      'id1',
      { date: '2026-11-09', did: 'Drafted slides', learned: '' },
      'l1',
      t('2026-11-09T00:00:00Z'),
    );
    p = model.addLogEntry(
      p,
      'id1',
      { date: '2026-11-03', did: 'Chose a case', learned: 'Ask early' },
      'l2',
      t('2026-11-09T00:00:00Z'),
    );
    p = model.addLogEntry(
      p,
      'id1',
      { date: '2026-11-10', did: ' ', learned: '' },
      'l3',
      t('2026-11-10T00:00:00Z'),
    );
    expect(p.goals[0]?.log.map((e) => e.id)).toEqual(['l2', 'l1']);
  });

  test('merge keeps every goal once, the newer version winning', () => {
    const mine = samplePlan();
    const theirs = model.editGoal(
      mine,
      'id5',
      { title: 'Find a near-peer mentor this term' },
      t('2026-12-01T00:00:00Z'),
    );
    const extra = model.addGoal(
      empty,
      fields('Another'),
      [],
      () => 'x1',
      t('2026-11-03T00:00:00Z'),
    );
    const merged = model.mergePlans(mine, { ...theirs, goals: [...theirs.goals, ...extra.goals] });
    expect(merged.goals.map((g) => [g.id, g.title])).toEqual([
      ['id1', 'Present a case at research rounds'],
      ['id5', 'Find a near-peer mentor this term'],
      ['x1', 'Another'],
    ]);
  });
});

describe('dates', () => {
  test.each<[string | null, string]>([
    [null, 'none'],
    ['2026-11-23', 'overdue'],
    ['2026-11-24', 'soon'],
    ['2026-12-08', 'soon'],
    ['2026-12-09', 'later'],
  ])('urgency(%s) on 2026-11-24 -> %s', (date, expected) => {
    expect(urgency(date, '2026-11-24')).toBe(expected);
  });
  test('day arithmetic across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
  test.each<[string, Partial<Plan['goals'][number]>, string]>([
    ['target overdue', { targetDate: '2026-11-01' }, 'overdue'],
    [
      'a step due soon',
      { steps: [{ id: 's', text: 's', done: false, due: '2026-11-30', doneAt: null }] },
      'soon',
    ],
    [
      'an overdue step already done',
      { steps: [{ id: 's', text: 's', done: true, due: '2026-11-01', doneAt: null }] },
      'none',
    ],
    ['a done goal is never overdue', { status: 'done', targetDate: '2026-11-01' }, 'none'],
  ])('goalUrgency: %s', (_name, change, expected) => {
    const goal = { ...samplePlan().goals[1]!, ...change };
    expect(model.goalUrgency(goal, '2026-11-24')).toBe(expected);
  });
  const open = (id: string, due: string | null, done = false) => ({
    id,
    text: id,
    done,
    due,
    doneAt: null,
  });
  test.each<[string, Partial<Plan['goals'][number]>, model.GoalDue]>([
    ['target passed', { targetDate: '2026-11-01' }, { kind: 'goal-overdue' }],
    [
      'target passed and a step late: the goal is what is overdue',
      { targetDate: '2026-11-01', steps: [open('a', '2026-11-02')] },
      { kind: 'goal-overdue' },
    ],
    [
      'one step late, target ahead',
      { targetDate: '2027-03-01', steps: [open('a', '2026-11-01'), open('b', '2026-12-20')] },
      { kind: 'steps-overdue', steps: 1 },
    ],
    [
      'two steps late, no target',
      { targetDate: null, steps: [open('a', '2026-11-01'), open('b', '2026-11-23')] },
      { kind: 'steps-overdue', steps: 2 },
    ],
    [
      'a late step already done',
      { targetDate: '2027-03-01', steps: [open('a', '2026-11-01', true)] },
      { kind: 'none' },
    ],
    ['target today is not late yet', { targetDate: '2026-11-24' }, { kind: 'soon' }],
    [
      'a step due within 14 days',
      { targetDate: '2027-03-01', steps: [open('a', '2026-12-01')] },
      { kind: 'soon' },
    ],
    ['target far ahead', { targetDate: '2027-03-01' }, { kind: 'none' }],
    [
      'a done goal is never late',
      { status: 'done', targetDate: '2026-11-01', steps: [open('a', '2026-11-01')] },
      { kind: 'none' },
    ],
  ])('goalDue: %s', (_name, change, expected) => {
    const goal = { ...samplePlan().goals[1]!, ...change };
    expect(model.goalDue(goal, '2026-11-24')).toEqual(expected);
  });
  test('editDetails: one change of title, status, SMART text, target and helper; a blank title keeps the old one', () => {
    const plan = samplePlan();
    const goal = plan.goals[1]!;
    const details = {
      ...model.detailsOf(goal),
      title: '  ',
      status: 'paused' as const,
      specific: 'New words',
      targetDate: '2027-02-01',
    };
    const next = model.editDetails(plan, goal.id, details, new Date('2026-11-24T10:00:00Z'));
    const saved = next.goals[1]!;
    expect(model.detailsOf(saved)).toEqual({ ...details, title: goal.title });
    expect(saved.updatedAt).toBe('2026-11-24T10:00:00.000Z');
    // What the form does not edit is kept (an earlier "time-bound" note, steps, log).
    expect({ ...saved, ...model.detailsOf(goal), updatedAt: goal.updatedAt }).toEqual(goal);
  });
});

describe('calendar export', () => {
  test('text is escaped and long lines are folded at 75 octets', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  test('the .ics parses with a real parser and holds one event per open date, with stable UIDs', () => {
    let p = samplePlan();
    p = model.editStep(p, 'id1', 'id2', { due: '2026-11-20' }, t('2026-11-05T00:00:00Z'));
    p = model.editStep(p, 'id1', 'id3', { due: '2026-11-25' }, t('2026-11-05T00:00:00Z'));
    p = model.toggleStep(p, 'id1', 'id2', t('2026-11-06T00:00:00Z'));
    p = model.editGoal(
      p,
      'id5',
      { targetDate: '2027-01-15', title: 'Mentor, peer; and sponsor' },
      t('2026-11-07T00:00:00Z'),
    );
    const ics = toIcs(planEvents(p.goals), t('2026-11-24T12:00:00Z'));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString()])).toEqual([
      ['goal-id1@medmentor', 'Goal due: Present a case at research rounds', '2026-12-10'],
      ['step-id1-id3@medmentor', 'Step: Draft slides', '2026-11-25'],
      ['goal-id5@medmentor', 'Goal due: Mentor, peer; and sponsor', '2027-01-15'],
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    // Exporting again later gives the same UIDs, so calendar apps update instead of duplicating.
    const again = new ICAL.Component(
      ICAL.parse(toIcs(planEvents(p.goals), t('2026-12-01T00:00:00Z'))) as unknown[],
    );
    expect(again.getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('uid'))).toEqual(
      events.map((e) => e.uid),
    );
  });

  test('done and archived goals are left out', () => {
    let p = samplePlan();
    p = model.setStatus(p, 'id1', 'done', t('2026-11-05T00:00:00Z'));
    p = model.editGoal(p, 'id5', { targetDate: '2026-12-01' }, t('2026-11-05T00:00:00Z'));
    p = model.setArchived(p, 'id5', true, t('2026-11-05T00:00:00Z'));
    expect(planEvents(p.goals)).toEqual([]);
  });
});

describe('meeting brief', () => {
  test('progress since the last meeting, and Markdown', () => {
    let p = samplePlan();
    p = model.toggleStep(p, 'id1', 'id2', t('2026-11-02T10:00:00Z'));
    p = model.toggleStep(p, 'id1', 'id3', t('2026-11-12T10:00:00Z'));
    p = model.addLogEntry(
      p,
      'id1',
      { date: '2026-11-12', did: 'Drafted slides', learned: 'Shorter is better' },
      'l1',
      t('2026-11-12T10:00:00Z'),
    );
    const goals = briefGoals([p.goals[0]!], '2026-11-10');
    expect(goals[0]).toMatchObject({
      doneSince: ['Draft slides'],
      nextSteps: ['Practice with a peer'],
    });
    const md = briefMarkdown({
      date: '2026-11-24',
      since: '2026-11-10',
      goals,
      results: [
        {
          title: 'What do I need from a mentor?',
          // Midday, so the local day is the 20th in any time zone the tests run in.
          completedAt: '2026-11-20T12:00:00Z',
          focusTitle: 'Your top needs',
          focus: 'Networking (a strong need)',
          bands: 'A strong need: Networking. Met for now: Guidance and support.',
          close: false,
        },
      ],
      questions: 'How do I pick a case?\n\nWho should I invite?',
    });
    expect(md).toContain('# Meeting brief, 2026-11-24');
    expect(md).toContain('### Present a case at research rounds');
    expect(md).toContain('- Status: In progress, 2 of 3 steps done, target 2026-12-10');
    expect(md).toContain('- Done: Draft slides');
    expect(md).not.toContain('- Done: Pick a case');
    expect(md).toContain('- 2026-11-12: Drafted slides (learned: Shorter is better)');
    expect(md).toContain(
      '- What do I need from a mentor? (2026-11-20): Your top needs: Networking (a strong need). A strong need: Networking. Met for now: Guidance and support.',
    );
    expect(md).toContain(
      '## Questions for my mentor\n\n- How do I pick a case?\n- Who should I invite?',
    );
  });
});

describe('search', () => {
  test.each([
    ['resarch', 'id1'],
    ['near peer', 'id5'],
    ['slides', 'id1'],
    ['mentr', 'id5'],
  ])('"%s" finds %s, typos and all', async (query, id) => {
    const search = await createGoalSearch(samplePlan().goals);
    expect(search(query)[0]).toBe(id);
  });
  test('an empty query lists every goal; nonsense finds nothing', async () => {
    const search = await createGoalSearch(samplePlan().goals);
    expect(search('  ')).toEqual(['id1', 'id5']);
    expect(search('zzqxv')).toEqual([]);
  });
});

/** A goal template as the planner gets it from content. */
const template = {
  instrument: 'clinical-strengths',
  domain: 'patient-care',
  domainName: 'Patient Care',
  title: 'Take a focused history',
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  relevant: 'R',
  timeBound: 'T',
  weeks: 6,
  whoCanHelp: 'A resident',
  steps: ['One', 'Two', 'Three'],
  guides: ['mentees/learning-from-experience'],
};

describe('templates', () => {
  test('fills every field, a target date weeks ahead, and the domain link', async () => {
    const { fillFromTemplate } = await import('~/lib/goals/template');
    const { fields, steps } = fillFromTemplate(template, '2026-11-24');
    // The text fields and guides as written; the target date and link worked out. The target
    // date is the time bound, so the template's "time-bound" words are not asked again.
    const { title, specific, measurable, achievable, relevant, whoCanHelp, guides } = template;
    expect(fields).toEqual({
      ...{ title, specific, measurable, achievable, relevant, timeBound: '', whoCanHelp, guides },
      targetDate: '2027-01-05',
      link: { instrument: 'clinical-strengths', domain: 'patient-care', name: 'Patient Care' },
    });
    expect(steps).toEqual(['One', 'Two', 'Three']);
  });
  test('keeps the link the goal came from', async () => {
    const { fillFromTemplate } = await import('~/lib/goals/template');
    const link = {
      instrument: 'mentoring-needs',
      domain: 'guidance',
      name: 'Guidance and support',
    };
    expect(fillFromTemplate(template, '2026-11-24', link).fields.link).toBe(link);
  });
});

describe('startingGoal: the new-goal form as "Make this a goal" opens it', () => {
  const origin = {
    instrument: 'clinical-strengths',
    domain: 'patient-care',
    name: 'Patient Care',
    guides: ['mentees/learning-from-experience'],
  };
  const templates = [
    { ...template, id: 'other', domain: 'professionalism', title: 'Not this one' },
    { ...template, id: 'pc-1', guides: ['mentees/guidance-and-support'] },
    { ...template, id: 'pc-2', title: 'Second for the area' },
  ];
  test('from a result: filled from the first template for the area, its guides first', async () => {
    const { startingGoal } = await import('~/lib/goals/template');
    const start = startingGoal(origin, templates, '2026-11-24');
    expect(start.template).toBe('pc-1');
    expect(start.fields).toMatchObject({
      title: template.title,
      specific: template.specific,
      targetDate: '2027-01-05',
      link: { instrument: 'clinical-strengths', domain: 'patient-care', name: 'Patient Care' },
      guides: ['mentees/learning-from-experience', 'mentees/guidance-and-support'],
    });
    expect(start.steps).toEqual(['One', 'Two', 'Three']);
  });
  test('an area without a template: linked, with its guides, the text left to the person', async () => {
    const { startingGoal } = await import('~/lib/goals/template');
    const start = startingGoal({ ...origin, domain: 'no-template' }, templates, '2026-11-24');
    expect(start).toMatchObject({ template: null, steps: [] });
    expect(start.fields).toMatchObject({
      title: '',
      link: { domain: 'no-template' },
      guides: ['mentees/learning-from-experience'],
    });
  });
  test('not from a result: empty', async () => {
    const { startingGoal } = await import('~/lib/goals/template');
    const { emptyFields } = await import('~/lib/goals/model');
    expect(startingGoal(null, templates, '2026-11-24')).toEqual({
      fields: emptyFields(),
      steps: [],
      template: null,
    });
  });
});
