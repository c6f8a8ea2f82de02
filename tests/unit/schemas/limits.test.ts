/**
 * Limits are defined once, in the schemas, and exported: text at its limit passes, one character
 * more fails (on read, on save and on import alike, since all three use these schemas), and an
 * impossible date fails wherever a stored date is kept.
 */
import { describe, expect, test } from 'vitest';
import { calendarDateMessage } from '~/lib/dates';
import { assessmentLimits, draftSchema } from '~/lib/schemas/assessments';
import { contactSchema, networkLimits, networkSchema } from '~/lib/schemas/network';
import {
  agreementLimits,
  agreementSchema,
  meetingLimits,
  meetingSchema,
  meetingsSchema,
} from '~/lib/schemas/partnership';
import { goalSchema, logEntrySchema, planLimits, planSchema, stepSchema } from '~/lib/schemas/plan';
import { createBackup, parseBackup } from '~/lib/storage/backup';
import { dataStores } from '~/lib/stores/registry';
import * as records from '../../support/records';

interface Case {
  name: string;
  /** The schema of the record. */
  schema: { safeParse(value: unknown): { success: boolean } };
  /** A valid record with the value put in. */
  make: (value: string) => unknown;
  limit: number;
}

const log = { id: 'l1', date: '2026-11-24', did: '', learned: '' };
const agreement = (text: string) => ({ version: 1, fields: { purpose: text }, updatedAt: null });

/** One case per field of one kind of record: named `${record} ${key}`, the value put in `key`. */
function fieldCases<K extends string>(
  record: string,
  schema: Case['schema'],
  keys: readonly K[],
  make: (key: K, value: string) => unknown,
  limits: Record<K, number>,
): Case[] {
  return keys.map((key) => ({
    name: `${record} ${key}`,
    schema,
    make: (v) => make(key, v),
    limit: limits[key],
  }));
}

/** Every limited text a person types, with the limit the inputs use. */
const texts: Case[] = [
  ...fieldCases(
    'goal',
    goalSchema,
    ['title', 'specific', 'measurable', 'achievable', 'relevant', 'timeBound', 'whoCanHelp'],
    (key, v) => records.goal('g1', 'Goal', { [key]: v }),
    planLimits,
  ),
  { name: 'step', schema: stepSchema, make: (v) => records.step('s1', v), limit: planLimits.step },
  ...fieldCases(
    'log',
    logEntrySchema,
    ['did', 'learned'],
    (key, v) => ({ ...log, [key]: v }),
    planLimits,
  ),
  ...fieldCases(
    'meeting',
    meetingSchema,
    ['agenda', 'notes'],
    (key, v) => records.meeting('m1', '2026-11-24', { [key]: v }),
    meetingLimits,
  ),
  {
    name: 'meeting action',
    schema: meetingSchema,
    make: (v) =>
      records.meeting('m1', '2026-11-24', { actions: [{ id: 'a', text: v, goalId: null }] }),
    limit: meetingLimits.action,
  },
  {
    name: 'agreement field',
    schema: agreementSchema,
    make: agreement,
    limit: agreementLimits.field,
  },
  ...fieldCases(
    'contact',
    contactSchema,
    ['name', 'role', 'howWeKnow', 'howTheyHelp', 'howIHelp', 'notes'],
    (key, v) => records.contact('c1', 'Ana', { [key]: v }),
    networkLimits,
  ),
  {
    name: 'self-assessment note',
    schema: draftSchema,
    make: (v) => records.draft({ notes: { d1: v } }),
    limit: assessmentLimits.note,
  },
];

describe('text limits', () => {
  test.each(texts)('$name: $limit characters pass, one more fails', ({ schema, make, limit }) => {
    expect(schema.safeParse(make('x'.repeat(limit))).success).toBe(true);
    expect(schema.safeParse(make('x'.repeat(limit + 1))).success).toBe(false);
  });
});

describe('list limits', () => {
  const many = <T>(n: number, item: (i: number) => T) =>
    Array.from({ length: n }, (_, i) => item(i));
  test.each([
    {
      name: 'steps of a goal',
      limit: planLimits.steps,
      parse: (n: number) =>
        goalSchema.safeParse(
          records.goal('g', 'G', { steps: many(n, (i) => records.step(`s${i}`, 'x')) }),
        ),
    },
    {
      name: 'log entries of a goal',
      limit: planLimits.log,
      parse: (n: number) =>
        goalSchema.safeParse(
          records.goal('g', 'G', { log: many(n, (i) => ({ ...log, id: `l${i}` })) }),
        ),
    },
    {
      name: 'goals of a plan',
      limit: planLimits.goals,
      parse: (n: number) =>
        planSchema.safeParse({ version: 1, goals: many(n, (i) => records.goal(`g${i}`, 'G')) }),
    },
    {
      name: 'action items of a meeting',
      limit: meetingLimits.actions,
      parse: (n: number) =>
        meetingSchema.safeParse(
          records.meeting('m', '2026-11-24', {
            actions: many(n, (i) => ({ id: `a${i}`, text: 'x', goalId: null })),
          }),
        ),
    },
    {
      name: 'meetings',
      limit: meetingLimits.meetings,
      parse: (n: number) =>
        meetingsSchema.safeParse({
          version: 1,
          meetings: many(n, (i) => records.meeting(`m${i}`, '2026-11-24')),
        }),
    },
    {
      name: 'contacts',
      limit: networkLimits.contacts,
      parse: (n: number) =>
        networkSchema.safeParse({
          version: 1,
          contacts: many(n, (i) => records.contact(`c${i}`, 'Ana')),
        }),
    },
  ])('$name: $limit pass, one more fails', ({ limit, parse }) => {
    expect(parse(limit).success).toBe(true);
    expect(parse(limit + 1).success).toBe(false);
  });
});

describe('stored dates are real calendar dates', () => {
  /** Every date field a person picks, in a record that is otherwise valid. */
  const dates = [
    {
      name: 'goal target date',
      parse: (d: string) => goalSchema.safeParse(records.goal('g', 'G', { targetDate: d })),
    },
    {
      name: 'step due date',
      parse: (d: string) => stepSchema.safeParse(records.step('s', 'S', { due: d })),
    },
    { name: 'log entry date', parse: (d: string) => logEntrySchema.safeParse({ ...log, date: d }) },
    {
      name: 'meeting date',
      parse: (d: string) => meetingSchema.safeParse(records.meeting('m', d)),
    },
    {
      name: 'last contact',
      parse: (d: string) =>
        contactSchema.safeParse(records.contact('c', 'Ana', { lastContact: d })),
    },
    {
      name: 'next follow-up',
      parse: (d: string) =>
        contactSchema.safeParse(records.contact('c', 'Ana', { nextFollowUp: d })),
    },
  ];

  test.each(dates)('$name: a real date passes', ({ parse }) => {
    expect(parse('2024-02-29').success).toBe(true);
  });

  test.each(
    dates.flatMap((d) => ['2026-13-45', '20260-01-01', '2025-02-29'].map((day) => ({ ...d, day }))),
  )('$name: $day fails, saying why', ({ parse, day }) => {
    const result = parse(day) as { success: boolean; error?: { issues: { message: string }[] } };
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(calendarDateMessage);
  });
});

describe('import checks the same limits and dates', () => {
  const definitions = dataStores.map((store) => store.definition);
  const backup = (stores: Record<string, unknown>) =>
    JSON.stringify(createBackup(stores, new Date('2026-11-20T10:00:00.000Z')));

  test.each([
    {
      name: 'an impossible date',
      goal: records.goal('g1', 'Goal', { targetDate: '2026-13-45' }),
      reason: calendarDateMessage,
    },
    {
      name: 'an over-long title',
      goal: records.goal('g1', 'x'.repeat(planLimits.title + 1)),
      reason: `longer than ${String(planLimits.title)} characters`,
    },
  ])('a goal with $name: the file is refused, saying why', ({ goal, reason }) => {
    const parsed = parseBackup(backup({ plan: { version: 1, goals: [goal] } }), definitions);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain('"Goal plans" part of this backup cannot be read');
    expect(message).toContain(reason);
    expect(message).toContain('Nothing was changed.');
  });

  test('real dates and texts at their limits import', () => {
    const goal = records.goal('g1', 'x'.repeat(planLimits.title), { targetDate: '2024-02-29' });
    expect(parseBackup(backup({ plan: { version: 1, goals: [goal] } }), definitions).ok).toBe(true);
  });
});
