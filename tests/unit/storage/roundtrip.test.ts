/**
 * Property: whatever a person has stored, exporting a backup and importing it into an empty
 * browser gives exactly the same data back. Every registered store must have an arbitrary
 * here, so a new tool cannot join the registry untested.
 */
import fc from 'fast-check';
import { checkInStatementIds } from '~/lib/schemas/evaluation-response';
import { contactGroups } from '~/lib/schemas/network';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { useBackend } from '~/lib/storage/runtime';
import { applyImport, exportBackup, previewImport } from '~/lib/stores/data';
import { dataStores } from '~/lib/stores/registry';
import { FakeStorage } from '../../support/fake-storage';

const iso = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const text = fc.string({ maxLength: 40 });
const answers = fc.dictionary(
  fc.stringMatching(/^[a-z]{1,6}-[1-6]$/),
  fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('not-sure' as const)),
  { maxKeys: 8 },
);
const notes = fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 60 }), {
  maxKeys: 3,
});
const attempt = fc.record({
  id: fc.uuid(),
  instrument: fc.constantFrom('clinical-strengths', 'mentoring-needs', 'mentor-self-assessment'),
  framework: fc.constantFrom('none', 'aamc', 'acgme', 'canmeds'),
  title: text,
  completedAt: iso,
  answers,
  notes,
  results: fc.array(
    fc.record({
      domain: fc.stringMatching(/^[a-z]{1,8}$/),
      name: text,
      score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      mean: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
    }),
    { maxLength: 4 },
  ),
  high: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 2 }),
  low: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 2 }),
  highTitle: text,
  lowTitle: text,
});

const day = iso.map((d) => d.slice(0, 10));
const goal = fc.record({
  id: fc.uuid(),
  title: text,
  specific: text,
  measurable: text,
  achievable: text,
  relevant: text,
  timeBound: text,
  targetDate: fc.option(day, { nil: null }),
  status: fc.constantFrom(
    'not-started' as const,
    'in-progress' as const,
    'done' as const,
    'paused' as const,
  ),
  archived: fc.boolean(),
  link: fc.option(fc.record({ instrument: text, domain: text, name: text }), { nil: null }),
  guides: fc.array(text, { maxLength: 3 }),
  whoCanHelp: text,
  steps: fc.array(
    fc.record({
      id: fc.uuid(),
      text,
      done: fc.boolean(),
      due: fc.option(day, { nil: null }),
      doneAt: fc.option(iso, { nil: null }),
    }),
    { maxLength: 4 },
  ),
  log: fc.array(fc.record({ id: fc.uuid(), date: day, did: text, learned: text }), {
    maxLength: 3,
  }),
  createdAt: iso,
  updatedAt: iso,
});

const arbitraries: Record<string, fc.Arbitrary<{ version: number }>> = {
  agreement: fc.record({
    version: fc.constant(1 as const),
    fields: fc.dictionary(
      fc.constantFrom('mentee', 'mentor', 'purpose', 'ending', 'review'),
      fc.string({ maxLength: 80 }),
    ),
    updatedAt: fc.option(iso, { nil: null }),
  }),
  meetings: fc.record({
    version: fc.constant(1 as const),
    meetings: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        date: day,
        agenda: text,
        notes: text,
        actions: fc.array(
          fc.record({ id: fc.uuid(), text, goalId: fc.option(fc.uuid(), { nil: null }) }),
          { maxLength: 3 },
        ),
      }),
      { selector: (m) => m.id, maxLength: 3 },
    ),
  }),
  network: fc.record({
    version: fc.constant(1 as const),
    contacts: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        name: fc.string({ minLength: 1, maxLength: 40 }),
        role: text,
        group: fc.constantFrom(...contactGroups),
        howWeKnow: text,
        howTheyHelp: text,
        howIHelp: text,
        lastContact: fc.option(day, { nil: null }),
        nextFollowUp: fc.option(day, { nil: null }),
        notes: text,
        createdAt: iso,
        updatedAt: iso,
      }),
      { selector: (c) => c.id, maxLength: 4 },
    ),
  }),
  matching: fc.record({
    version: fc.constant(1 as const),
    interests: fc.array(fc.string({ maxLength: 60 }), { maxLength: 12 }),
  }),
  plan: fc.record({
    version: fc.constant(1 as const),
    goals: fc.uniqueArray(goal, { selector: (g) => g.id, maxLength: 4 }),
  }),
  assessments: fc.record({
    version: fc.constant(1 as const),
    drafts: fc.dictionary(
      fc.constantFrom('clinical-strengths', 'mentoring-needs', 'mentor-self-assessment'),
      fc.record({
        framework: fc.constantFrom('none', 'aamc'),
        step: fc.integer({ min: 0, max: 7 }),
        answers,
        notes,
        startedAt: iso,
        updatedAt: iso,
      }),
    ),
    attempts: fc.uniqueArray(attempt, { selector: (a) => a.id, maxLength: 4 }),
  }),
  expectations: fc.record({
    version: fc.constant(1 as const),
    role: fc.constantFrom('mentee' as const, 'mentor' as const, null),
    firstName: fc.string({ maxLength: 40 }),
    answers: fc.dictionary(
      fc.constantFrom('frequency', 'goals', 'a-newer-topic'),
      fc.record({
        choices: fc.uniqueArray(fc.constantFrom('weekly', 'guidance', 'newer-answer'), {
          minLength: 1,
          maxLength: 3,
        }),
        note: fc.string({ maxLength: 300 }),
      }),
    ),
    updatedAt: fc.option(iso, { nil: null }),
  }),
  brief: fc.record({
    version: fc.constant(1 as const),
    name: fc.string({ maxLength: 80 }),
    questions: fc.string({ maxLength: 400 }),
    updatedAt: fc.option(iso, { nil: null }),
  }),
  checkins: fc.record({
    version: fc.constant(1 as const),
    checkIns: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        day,
        relationship: fc.oneof(fc.constant('agreement'), fc.uuid()),
        answers: fc.dictionary(
          fc.constantFrom(...checkInStatementIds),
          fc.integer({ min: 1, max: 5 }),
        ),
        createdAt: iso,
      }),
      { selector: (c) => c.id, maxLength: 3 },
    ),
    snoozedUntil: fc.option(day, { nil: null }),
    dismissedOn: fc.option(day, { nil: null }),
  }),
  prefs: fc.record(
    {
      version: fc.constant(1 as const),
      theme: fc.constantFrom('light' as const, 'dark' as const),
      facilitator: fc.boolean(),
    },
    { requiredKeys: ['version'] },
  ),
};

const snapshot = () => Object.fromEntries(dataStores.map((s) => [s.definition.name, s.read()]));

beforeEach(() => useBackend(webStorageBackend(new FakeStorage())));
afterEach(() => useBackend(memoryBackend()));

test('every registered store has an arbitrary for this test', () => {
  for (const store of dataStores)
    expect(arbitraries, store.definition.name).toHaveProperty(store.definition.name);
});

test('export, then import into an empty browser, gives exactly the same data', () => {
  const all = fc.record(
    Object.fromEntries(dataStores.map((s) => [s.definition.name, arbitraries[s.definition.name]!])),
  );
  fc.assert(
    fc.property(all, (values) => {
      useBackend(webStorageBackend(new FakeStorage()));
      for (const store of dataStores) store.replace(values[store.definition.name]!);
      const before = snapshot();
      const { text } = exportBackup(new Date('2026-11-24T12:00:00Z'));

      useBackend(webStorageBackend(new FakeStorage()));
      for (const store of dataStores) store.clear();
      const preview = previewImport(text, 'replace');
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      expect(applyImport(preview.changes)).toEqual([]);
      expect(snapshot()).toEqual(before);
    }),
    { numRuns: 200 },
  );
  // 200 full export-import cycles: about 2 s alone, several times that with coverage on a busy machine.
}, 30_000);
