/**
 * Merging an imported backup never loses what is here: every local goal, step, log entry,
 * meeting, person, attempt and draft survives any merge; the agreement merges part by part;
 * and a merge that would pass a store's item limit is refused, naming the limit and the counts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Agreement } from '~/lib/schemas/partnership';
import type { Goal, Plan } from '~/lib/schemas/plan';
import { planImport, type FieldMerge } from '~/lib/storage/backup';
import { assessmentsDefinition } from '~/lib/stores/assessments';
import { networkDefinition } from '~/lib/stores/network';
import { agreementConflicts } from '~/lib/stores/data';
import { agreementDefinition, meetingsDefinition, mergeAgreement } from '~/lib/stores/partnership';
import { planDefinition } from '~/lib/stores/plan';
import { attempt, contact, draft, goal, meeting, step } from '../../support/records';

const agreement = (fields: Record<string, string>, updatedAt: string | null = null): Agreement => ({
  version: 1,
  fields,
  updatedAt,
});

describe('the agreement merges part by part', () => {
  test.each<
    [string, Record<string, string>, Record<string, string>, string[], Record<string, string>]
  >([
    [
      'an empty part here takes the file’s',
      { mentee: 'Sam', purpose: '' },
      { purpose: 'Placements', review: '2027-01-01' },
      [],
      { mentee: 'Sam', purpose: 'Placements', review: '2027-01-01' },
    ],
    [
      'a part filled in here is kept, even if the file is newer',
      { purpose: 'Research' },
      { purpose: 'Placements' },
      [],
      { purpose: 'Research' },
    ],
    [
      'the person can take the file’s part',
      { purpose: 'Research', mentor: 'Dr Lee' },
      { purpose: 'Placements', mentor: 'Dr Kim' },
      ['purpose'],
      { purpose: 'Placements', mentor: 'Dr Lee' },
    ],
    [
      'an empty part in the file never clears mine',
      { roles: 'Weekly check-ins' },
      { roles: '  ' },
      ['roles'],
      { roles: 'Weekly check-ins' },
    ],
  ])('%s', (_name, mine, theirs, take, expected) => {
    const merged = mergeAgreement(
      agreement(mine, '2026-01-01T00:00:00.000Z'),
      agreement(theirs, '2026-12-01T00:00:00.000Z'),
      new Set(take),
    );
    expect(merged.fields).toEqual(expected);
    expect(merged.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    // The store's own merge is the same, keeping mine wherever both are filled in.
    if (take.length === 0) {
      expect(agreementDefinition.merge(agreement(mine), agreement(theirs)).fields).toEqual(
        expected,
      );
    }
  });

  test('the parts filled in differently on both sides are listed, with their labels', () => {
    const conflicts = agreementConflicts(
      agreement({ mentee: 'Sam', purpose: 'Research', roles: 'Same ', mentor: '' }),
      agreement({ mentee: 'Sam', purpose: 'Placements', roles: 'Same', mentor: 'Dr Kim' }),
    );
    expect(conflicts).toEqual([
      {
        key: 'purpose',
        label: 'What this mentorship is for',
        mine: 'Research',
        theirs: 'Placements',
      },
    ]);
  });

  test('an import preview lists the conflicts and applies the person’s choices', () => {
    const fieldMerges: Record<string, FieldMerge> = {
      agreement: {
        conflicts: (c, i) => agreementConflicts(c as Agreement, i as Agreement),
        merge: (c, i, take) => mergeAgreement(c as Agreement, i as Agreement, take),
      },
    };
    const here = agreement({ purpose: 'Research', mentor: 'Dr Lee' });
    const file = agreement({ purpose: 'Placements', mentor: 'Dr Kim', ending: 'Either of us' });
    const sections = [{ definition: agreementDefinition, value: file }];
    const [kept] = planImport(sections, () => here, 'merge', { fieldMerges });
    expect(kept?.conflicts.map((c) => c.key)).toEqual(['purpose', 'mentor']);
    expect((kept?.value as Agreement).fields).toEqual({
      purpose: 'Research',
      mentor: 'Dr Lee',
      ending: 'Either of us',
    });
    const [taken] = planImport(sections, () => here, 'merge', {
      fieldMerges,
      take: new Set(['agreement:mentor']),
    });
    expect((taken?.value as Agreement).fields).toMatchObject({
      purpose: 'Research',
      mentor: 'Dr Kim',
    });
  });
});

describe('a merge past an item limit is refused, naming the limit and the counts', () => {
  const goals = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => goal(`g${from + i}`, `Goal ${from + i}`));

  test.each<[string, Plan, Plan, string]>([
    [
      'too many goals',
      { version: 1, goals: goals(0, 1500) },
      { version: 1, goals: goals(1500, 650) },
      'Merging would give 2,150 goals; the planner holds at most 2,000. Nothing was imported.',
    ],
    [
      'too many steps in one goal',
      {
        version: 1,
        goals: [
          goal('g1', 'Poster', {
            steps: Array.from({ length: 150 }, (_, i) => step(`a${i}`, 'A')),
          }),
        ],
      },
      {
        version: 1,
        goals: [
          goal('g1', 'Poster', {
            updatedAt: '2026-12-01T00:00:00.000Z',
            steps: Array.from({ length: 80 }, (_, i) => step(`b${i}`, 'B')),
          }),
        ],
      },
      'Merging would give 230 steps in the goal "Poster"; a goal holds at most 200. Nothing was imported.',
    ],
  ])('%s', (_name, here, incoming, message) => {
    const [change] = planImport(
      [{ definition: planDefinition, value: incoming }],
      () => here,
      'merge',
    );
    expect(change?.refused).toBe(message);
    // Nothing would be written: the planned value is what is here.
    expect(change?.action).toBe('unchanged');
    expect(change?.value).toBe(here);
  });

  test('replacing instead of merging is not refused', () => {
    const incoming: Plan = { version: 1, goals: goals(1500, 650) };
    const [change] = planImport(
      [{ definition: planDefinition, value: incoming }],
      () => ({ version: 1, goals: goals(0, 1500) }),
      'replace',
    );
    expect(change?.refused).toBeNull();
    expect(change?.action).toBe('replace');
  });
});

describe('merging never drops a local item', () => {
  const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 5 });
  const time = fc.constantFrom(
    '2026-01-01T00:00:00.000Z',
    '2026-06-01T00:00:00.000Z',
    '2026-12-01T00:00:00.000Z',
  );
  const goalArb = fc.record({
    id: fc.constantFrom('g1', 'g2', 'g3'),
    steps: ids,
    log: ids,
    updatedAt: time,
  });
  const planArb = fc
    .uniqueArray(goalArb, { selector: (g) => g.id, maxLength: 3 })
    .map((list): Plan => ({
      version: 1,
      goals: list.map((g): Goal =>
        goal(g.id, g.id, {
          updatedAt: g.updatedAt,
          steps: g.steps.map((s) => step(`${g.id}-${s}`, s)),
          log: g.log.map((l) => ({ id: `${g.id}-${l}`, date: '2026-01-01', did: l, learned: '' })),
        }),
      ),
    }));
  const every = (plan: Plan) => [
    ...plan.goals.map((g) => g.id),
    ...plan.goals.flatMap((g) => [...g.steps, ...g.log].map((item) => item.id)),
  ];

  test('plan: every goal, step and log entry of either side survives', () => {
    fc.assert(
      fc.property(planArb, planArb, (mine, theirs) => {
        const merged = planDefinition.merge(mine, theirs);
        const kept = new Set(every(merged));
        for (const id of [...every(mine), ...every(theirs)]) expect(kept.has(id)).toBe(true);
        expect(planDefinition.schema.safeParse(merged).success).toBe(true);
      }),
    );
  });

  test('meetings, network, attempts and drafts: every local id survives', () => {
    const list = <T>(make: (id: string, t: string) => T) =>
      fc
        .uniqueArray(fc.tuple(fc.constantFrom('1', '2', '3', '4'), time), {
          selector: ([id]) => id,
          maxLength: 4,
        })
        .map((pairs) => pairs.map(([id, t]) => make(id, t)));
    fc.assert(
      fc.property(
        list((id, t) => meeting(`m${id}`, t.slice(0, 10))),
        list((id, t) => meeting(`m${id}`, t.slice(0, 10), { agenda: 'theirs' })),
        (mine, theirs) => {
          const merged = meetingsDefinition.merge(
            { version: 1, meetings: mine },
            { version: 1, meetings: theirs },
          );
          for (const m of mine) expect(merged.meetings).toContainEqual(m);
        },
      ),
    );
    fc.assert(
      fc.property(
        list((id, t) => contact(`c${id}`, `Mine ${id}`, { updatedAt: t })),
        list((id, t) => contact(`c${id}`, `Theirs ${id}`, { updatedAt: t })),
        (mine, theirs) => {
          const merged = networkDefinition.merge(
            { version: 1, contacts: mine },
            { version: 1, contacts: theirs },
          );
          const kept = new Set(merged.contacts.map((c) => c.id));
          for (const c of mine) expect(kept.has(c.id)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        list((id, t) => attempt(`a${id}`, 'x', { completedAt: t })),
        list((id, t) => attempt(`a${id}`, 'x', { completedAt: t })),
        list(
          (id, t) => [`i${id}`, draft({ updatedAt: t, answers: { [`mine${id}`]: 1 } })] as const,
        ),
        list(
          (id, t) => [`i${id}`, draft({ updatedAt: t, answers: { [`theirs${id}`]: 2 } })] as const,
        ),
        (mineAttempts, theirAttempts, mineDrafts, theirDrafts) => {
          const merged = assessmentsDefinition.merge(
            { version: 2, attempts: mineAttempts, drafts: Object.fromEntries(mineDrafts) },
            { version: 2, attempts: theirAttempts, drafts: Object.fromEntries(theirDrafts) },
          );
          const kept = new Set(merged.attempts.map((a) => a.id));
          for (const a of mineAttempts) expect(kept.has(a.id)).toBe(true);
          // A draft of the same instrument keeps the answers of both.
          for (const [id, d] of mineDrafts) {
            expect(merged.drafts[id]?.answers).toMatchObject(d.answers);
          }
        },
      ),
    );
  });
});
