import { describe, expect, test } from 'vitest';
import { repairValue } from '~/lib/storage/repair';
import { assessmentsDefinition } from '~/lib/stores/assessments';
import { networkDefinition } from '~/lib/stores/network';
import { meetingsDefinition } from '~/lib/stores/partnership';
import { planDefinition } from '~/lib/stores/plan';
import type { Goal, Plan } from '~/lib/schemas/plan';
import * as records from '../../support/records';

const goal = (id: string, extra: Partial<Goal> = {}) => records.goal(id, `Goal ${id}`, extra);
const plan = (...goals: Goal[]) => JSON.stringify({ version: 1, goals });
const step = (id: string, text: string, due: string | null = null) =>
  records.step(id, text, { due });

describe('repairValue repairs what it can and says what it changed', () => {
  test.each<[string, string, (value: Plan) => unknown, unknown, RegExp[]]>([
    [
      'over-long text is shortened to the limit',
      plan(goal('g1', { title: 'x'.repeat(250) })),
      (v) => v.goals[0]?.title.length,
      200,
      [/^The title of the goal "x{40}…" was shortened from 250 characters to 200\.$/],
    ],
    [
      'nested step text is shortened',
      plan(goal('g1', { steps: [step('s1', 'ok'), step('s2', 'y'.repeat(600))] })),
      (v) => v.goals[0]?.steps.map((s) => s.text.length),
      [2, 500],
      [/^The text of step 2 of the goal "Goal g1" was shortened from 600 characters to 500\.$/],
    ],
    [
      'an impossible date is cleared',
      plan(goal('g1', { targetDate: '20266-01-01' })),
      (v) => v.goals[0]?.targetDate,
      null,
      [
        /^The target date of the goal "Goal g1" "20266-01-01" is not a real date and was cleared\.$/,
      ],
    ],
    [
      'an item whose required date is impossible is left out',
      plan(
        goal('g1', {
          log: [
            { id: 'l1', date: '20266-01-01', did: 'Lost date', learned: '' },
            { id: 'l2', date: '2026-01-02', did: 'Kept', learned: '' },
          ],
        }),
      ),
      (v) => v.goals[0]?.log.map((e) => e.id),
      ['l2'],
      [
        /^Log entry 1 of the goal "Goal g1" was left out: the date .*is not a real date and it is required\.$/,
      ],
    ],
    [
      'too many items keeps the first ones up to the limit',
      plan(...Array.from({ length: 2003 }, (_, i) => goal(`g${i}`))),
      (v) => [v.goals.length, v.goals.at(-1)?.id],
      [2000, 'g1999'],
      [
        /^The goals: only the first 2,000 of 2,003 were kept \(the planner holds at most 2,000\); 3 left out\.$/,
      ],
    ],
    [
      'several problems at once',
      plan(
        goal('g1', { title: 'z'.repeat(201), targetDate: '99999-99-99' }),
        goal('g2', { steps: [step('s1', 'Call', '2026-1-1x')] }),
      ),
      (v) => v.goals.map((g) => [g.title.length, g.targetDate, g.steps.map((s) => s.due)]),
      [
        [200, null, []],
        [7, null, [null]],
      ],
      [
        /shortened from 201 characters/,
        /target date .* was cleared/,
        /due of step 1 .* was cleared/,
      ],
    ],
  ])('%s', (_name, raw, pick, expected, messages) => {
    const result = repairValue(planDefinition, raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(pick(result.value)).toEqual(expected);
    expect(result.changes.map((c) => c.text)).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(result.changes[i]?.text).toMatch(m));
    // What comes out is always readable by the store.
    expect(planDefinition.schema.safeParse(result.value).success).toBe(true);
  });

  test('a value that is already fine is returned with no changes', () => {
    const result = repairValue(planDefinition, plan(goal('g1')));
    expect(result).toEqual({ ok: true, value: { version: 1, goals: [goal('g1')] }, changes: [] });
  });

  test('a person without a name cannot be repaired and is left out; the others stay', () => {
    const contact = (id: string, name: string) =>
      records.contact(id, name, { group: 'peer', nextFollowUp: '32026-05-01' });
    const raw = JSON.stringify({ version: 1, contacts: [contact('c1', ''), contact('c2', 'Ada')] });
    const result = repairValue(networkDefinition, raw);
    expect(result.ok && result.value.contacts.map((c) => [c.id, c.nextFollowUp])).toEqual([
      ['c2', null],
    ]);
    expect(result.ok && result.changes.map((c) => c.kind)).toEqual(['cleared', 'removed']);
  });

  test('a meeting with an impossible date is left out, as a meeting needs its date', () => {
    const raw = JSON.stringify({
      version: 1,
      meetings: [records.meeting('m1', '2026-11-01'), records.meeting('m2', '202-1-1')],
    });
    const result = repairValue(meetingsDefinition, raw);
    expect(result.ok && result.value.meetings.map((m) => m.id)).toEqual(['m1']);
    const changes = result.ok ? result.changes : [];
    expect(changes.map((c) => c.kind)).toEqual(['removed']);
    expect(changes[0]?.text).toMatch(/^Meeting 2 was left out: the date .*is not a real date/);
  });
});

test('a set-aside value holding only some lists (as salvage sets aside) is repaired; a draft that cannot be is left out', () => {
  const draft = (step: number, note: string) => records.draft({ step, notes: { a: note } });
  const raw = JSON.stringify({
    version: 1,
    drafts: { broken: draft(-1, ''), long: draft(0, 'n'.repeat(5001)) },
  });
  const result = repairValue(assessmentsDefinition, raw);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(Object.keys(result.value.drafts)).toEqual(['long']);
  expect(result.value.drafts.long?.notes.a).toHaveLength(5000);
  expect(result.value.attempts).toEqual([]);
  expect(result.changes.map((c) => c.text)).toEqual([
    'The a of the unfinished self-assessment "long" was shortened from 5,001 characters to 5,000.',
    expect.stringMatching(/^The unfinished self-assessment "broken" was left out: /),
  ]);
});

describe('repairValue says why a value cannot be repaired', () => {
  test.each<[string, string, RegExp]>([
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['a newer version', '{"version":7,"goals":[]}', /newer version of MedMentor \(format 7/],
    ['no version', '{"goals":[]}', /no valid version/],
    ['not a record', '[1,2]', /not a MedMentor record/],
    ['the wrong shape', '{"version":1,"goals":"lots"}', /expected shape .*goals/],
  ])('%s', (_name, raw, reason) => {
    const result = repairValue(planDefinition, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
