/**
 * Every section a person can send is written to the mentor who reads it: with the person's
 * first name ("Ana's goals", "Questions Ana would like to talk about") or without one
 * ("Goals"), never "my" or "your"; dates in the site's one format.
 */
import { describe, expect, test } from 'vitest';
import type { ShareSection } from '~/lib/schemas/share';
import { dataStores } from '~/lib/stores/registry';
import { bandedAttempt } from '../../support/banded-attempt';
import { contact, goal, meeting } from '../../support/records';
import { tableTest } from '../../support/table';
import { shareParts } from '~/lib/stores/share-parts';

/** A value of each store with something in every part that can be shared. */
const values: Record<string, unknown> = {
  assessments: {
    version: 2,
    drafts: {},
    attempts: [bandedAttempt('a1', { notes: { guidance: 'Hard to ask for help' } })],
  },
  plan: {
    version: 1,
    goals: [
      goal('g1', 'Present a case', {
        targetDate: '2026-12-15',
        log: [{ id: 'l1', date: '2026-11-20', did: 'Picked a case', learned: '' }],
      }),
    ],
  },
  meetings: { version: 1, meetings: [meeting('m1', '2026-11-20', { agenda: 'Research' })] },
  agreement: { version: 1, fields: { purpose: 'Research' }, updatedAt: null },
  brief: { version: 1, name: 'Ana', questions: 'Which case?\nWho else can help?', updatedAt: null },
  network: {
    version: 1,
    contacts: [contact('c1', 'Sam', { nextFollowUp: '2026-12-01' })],
  },
};

const options = dataStores.flatMap((store) =>
  (shareParts[store.definition.name] ?? []).map((option) => ({
    option,
    value: (values[store.definition.name] ?? store.definition.initial) as { version: number },
  })),
);
const section = (id: string, name: string | null): ShareSection | null => {
  const found = options.find((o) => o.option.id === id);
  return found ? found.option.summarize(found.value, { name }) : null;
};
/** The title and, when the first block is a table, its caption. */
const heading = (id: string, name: string | null) => {
  const s = section(id, name);
  const first = s?.blocks[0];
  return [s?.title, first?.type === 'table' ? first.caption : undefined];
};

describe('each section, with and without a name', () => {
  tableTest(
    '%s, name %j',
    heading,
    [
      [
        'assessment-results',
        'Ana',
        ["Ana's self-assessment results", 'Mentoring needs, November 24, 2026'],
      ],
      [
        'assessment-results',
        null,
        ['Self-assessment results', 'Mentoring needs, November 24, 2026'],
      ],
      ['assessment-notes', 'Ana', ["Ana's notes from self-assessments", undefined]],
      ['assessment-notes', null, ['Notes from self-assessments', undefined]],
      ['goals', 'Ana', ["Ana's goals", 'Goals and progress']],
      ['goals', null, ['Goals', 'Goals and progress']],
      ['goal-log', 'Ana', ["Ana's progress log", undefined]],
      ['goal-log', null, ['Progress log', undefined]],
      ['meeting-actions', 'Ana', ['Meetings', undefined]],
      ['agreement', null, ['Mentoring agreement', 'Agreement']],
      ['brief-questions', 'Ana', ['Questions Ana would like to talk about', undefined]],
      ['brief-questions', null, ['Questions to talk about', undefined]],
      ['network-people', 'Ana', ["Ana's network", "People in Ana's mentoring constellation"]],
      ['network-people', null, ['Network', 'People in their mentoring constellation']],
    ],
    { deep: true },
  );
});

test("the results name the person's top needs from their bands", () => {
  const list = section('assessment-results', 'Ana')?.blocks[1];
  expect(list).toMatchObject({
    type: 'list',
    items: expect.arrayContaining([
      "Ana's top needs: Guidance and support (a strong need), Networking (some need)",
    ]) as unknown,
  });
  expect(JSON.stringify(section('assessment-results', null))).toContain(
    'Top needs: Guidance and support (a strong need)',
  );
});

test('dates are in the site format: target dates, log entries, meetings, follow-ups', () => {
  expect(JSON.stringify(section('goals', null))).toContain('December 15, 2026');
  expect(section('goal-log', null)?.blocks[0]).toEqual({
    type: 'list',
    items: ['November 20, 2026, Present a case: Picked a case'],
  });
  expect(JSON.stringify(section('meeting-actions', null))).toContain('November 20, 2026: Research');
  expect(JSON.stringify(section('network-people', null))).toContain('December 1, 2026');
});

describe('no section says "my" or "your" to the mentor', () => {
  test.each(options.map((o) => [o.option.id] as const))('%s', (id) => {
    for (const name of ['Ana', null]) {
      const text = JSON.stringify(section(id, name));
      expect(text).not.toMatch(/\b(my|your)\b/i);
    }
  });
});
