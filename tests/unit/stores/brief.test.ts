/**
 * The meeting brief's own store: the name and questions are saved as typed, within the limits
 * the inputs take from the schema; backups describe and merge them; the questions are one more
 * section a person can send their mentor, written to the mentor.
 */
import { describe, expect, test } from 'vitest';
import { briefLimits, briefSchema, type Brief } from '~/lib/schemas/brief';
import { meta } from '~/lib/stores/meta';
import { brief, briefDefinition, questionList, questionsTitle } from '~/lib/stores/brief';
import { isUnsaved } from '~/lib/stores/unsaved-views';
import { senderName, setBriefText } from '~/lib/stores/brief-actions';
import { deleteAllData } from '~/lib/stores/data';
import { dataStores } from '~/lib/stores/registry';
import type { ShareSection } from '~/lib/schemas/share';
import { named, tableTest, type Row } from '../../support/table';
import { stored, useFreshStores } from '../../support/stores';
import { briefShare } from '~/lib/stores/brief-share';

const { storage } = useFreshStores();
const value = (extra: Partial<Brief> = {}): Brief => ({
  version: 1,
  name: '',
  questions: '',
  updatedAt: null,
  ...extra,
});

describe('the schema keeps the limits the inputs use', () => {
  tableTest(
    '%s',
    named((candidate: unknown) => briefSchema.safeParse(candidate).success),
    [
      ['nothing typed', value(), true],
      ['a name at the limit', value({ name: 'A'.repeat(briefLimits.name) }), true],
      ['a name over the limit', value({ name: 'A'.repeat(briefLimits.name + 1) }), false],
      ['questions at the limit', value({ questions: 'q'.repeat(briefLimits.questions) }), true],
      [
        'questions over the limit',
        value({ questions: 'q'.repeat(briefLimits.questions + 1) }),
        false,
      ],
      ['a version from elsewhere', { ...value(), version: 2 }, false],
    ],
  );
});

test('typing is saved at once, in this browser; leaving the box counts one change for the backup reminder', () => {
  const now = new Date('2026-11-29T15:40:00.000Z');
  expect(setBriefText('name', 'Ana', { now })).toBe(true);
  expect(setBriefText('questions', 'How do I pick a research project?', { now })).toBe(true);
  expect(stored(storage(), 'brief')).toEqual({
    version: 1,
    name: 'Ana',
    questions: 'How do I pick a research project?',
    updatedAt: now.toISOString(),
  });
  expect(meta.read().changesSinceBackup).toBe(0);
  setBriefText('questions', 'How do I pick a research project?', { counts: true, now });
  expect(meta.read().changesSinceBackup).toBe(1);
});

test('a name over the limit is refused, and what was saved stays', () => {
  setBriefText('name', 'Ana');
  expect(setBriefText('name', 'A'.repeat(briefLimits.name + 1))).toBe(false);
  expect(stored(storage(), 'brief')).toMatchObject({ name: 'Ana' });
});

test('a full storage: the questions stay on screen, marked not saved, until a save succeeds', () => {
  const $unsavedBrief = isUnsaved(brief);
  storage().quota = 10;
  expect(setBriefText('questions', 'Which rotation first?')).toBe(false);
  expect(brief.read().questions).toBe('Which rotation first?');
  expect(storage().getItem('medmentor:brief')).toBeNull();
  expect($unsavedBrief.get()).toBe(true);
  storage().quota = Infinity;
  expect(setBriefText('questions', 'Which rotation first?')).toBe(true);
  expect($unsavedBrief.get()).toBe(false);
});

test('the brief is part of backups, imports and "delete all"', () => {
  expect(dataStores.map((s) => s.definition.name)).toContain('brief');
  setBriefText('questions', 'One');
  deleteAllData();
  expect(stored(storage(), 'brief')).toBeNull();
});

describe('describe', () => {
  tableTest(
    '%s',
    named((b: Brief) => briefDefinition.describe(b)),
    [
      ['nothing typed', value(), 'nothing yet'],
      ['spaces only', value({ name: '  ', questions: '\n \n' }), 'nothing yet'],
      ['a name', value({ name: 'Ana' }), 'signed Ana'],
      ['one question', value({ questions: 'Why?\n\n' }), '1 question'],
      ['both', value({ name: 'Ana', questions: 'Why?\nHow?' }), 'signed Ana, 2 questions'],
    ],
  );
});

describe('merge', () => {
  const here = value({ name: 'Ana', questions: 'A\nB', updatedAt: '2026-11-20T10:00:00.000Z' });
  tableTest(
    '%s',
    named((a: Brief, b: Brief) => briefDefinition.merge(a, b)),
    [
      [
        'questions from both sides, each once; the name typed last wins',
        here,
        value({ name: 'Ana M.', questions: 'B\nC', updatedAt: '2026-11-21T10:00:00.000Z' }),
        value({ name: 'Ana M.', questions: 'A\nB\nC', updatedAt: '2026-11-21T10:00:00.000Z' }),
      ],
      [
        'an older file keeps the name here',
        here,
        value({ name: 'Anna', questions: 'D', updatedAt: '2026-11-01T10:00:00.000Z' }),
        value({ name: 'Ana', questions: 'A\nB\nD', updatedAt: here.updatedAt }),
      ],
      [
        'a newer file without a name keeps the name here',
        here,
        value({ questions: '', updatedAt: '2026-11-22T10:00:00.000Z' }),
        value({ name: 'Ana', questions: 'A\nB', updatedAt: '2026-11-22T10:00:00.000Z' }),
      ],
    ],
    { deep: true },
  );
});

describe('helpers', () => {
  tableTest(
    'questionList(%j)',
    questionList,
    [
      ['', []],
      ['  One \n\n Two\r\n', ['One', 'Two']],
    ],
    { deep: true },
  );
  tableTest('senderName(%j)', senderName, [
    ['', null],
    ['   ', null],
    [' Ana ', 'Ana'],
    ['A'.repeat(briefLimits.name + 1), null],
  ]);
});

describe('the questions, as the mentor reads them', () => {
  const [option] = briefShare;
  test('on by default, nothing to send without questions', () => {
    expect(option?.defaultOn).toBe(true);
    expect(option?.summarize(value(), { name: 'Ana' })).toBeNull();
  });
  tableTest(
    '%s',
    named((name: string | null) =>
      option?.summarize(value({ questions: 'Why?\n How? ' }), { name }),
    ),
    <Row<[string, string | null], ShareSection | null | undefined>[]>[
      [
        'with a name',
        'Ana',
        {
          title: 'Questions Ana would like to talk about',
          blocks: [{ type: 'list', items: ['Why?', 'How?'] }],
        },
      ],
      [
        'without a name',
        null,
        { title: 'Questions to talk about', blocks: [{ type: 'list', items: ['Why?', 'How?'] }] },
      ],
    ],
    { deep: true },
  );
  test('questionsTitle', () => {
    expect(questionsTitle({ name: null })).toBe('Questions to talk about');
  });
});
