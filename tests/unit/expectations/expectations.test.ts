import { describe, expect, test } from 'vitest';
import { compareExpectations, describeDifference } from '~/lib/expectations/compare';
import { expectationTopics, topicById } from '~/lib/expectations/topics';
import {
  expectationLimits,
  expectationsSchema,
  type Expectations,
} from '~/lib/schemas/expectations';
import { expectationsFileSchema } from '~/lib/schemas/expectations-file';
import { expectations } from '~/lib/stores/expectations';
import { expectationActions, toExpectationsFile } from '~/lib/stores/expectations-actions';
import {
  expectationsFileText,
  expectationsFragment,
  readExpectationsFile,
  readExpectationsJson,
  readExpectationsLink,
} from '~/lib/stores/expectations-exchange';
import { useFreshStores } from '../../support/stores';

useFreshStores();

const answer = (...choices: string[]) => ({ choices, note: '' });
const mine: Expectations = {
  version: 1,
  role: 'mentee',
  firstName: '',
  answers: {
    frequency: answer('every-two-weeks'),
    reply: { choices: ['two-days'], note: 'Nights this month' },
    goals: { choices: ['guidance', 'belonging'], note: 'Private: thinking of leaving' },
  },
  updatedAt: null,
};

describe('the topics', () => {
  test('have unique ids, options with unique ids, and two or three starters each', () => {
    expect(new Set(expectationTopics.map((t) => t.id)).size).toBe(expectationTopics.length);
    for (const topic of expectationTopics) {
      expect(new Set(topic.options.map((o) => o.id)).size, topic.id).toBe(topic.options.length);
      expect(topic.starters.length, topic.id).toBeGreaterThanOrEqual(2);
      expect(topic.starters.length, topic.id).toBeLessThanOrEqual(3);
      for (const o of topic.options) expect(o.id).toMatch(/^[a-z0-9-]{1,40}$/);
    }
  });

  test('cover the questions the agreement asks', () => {
    expect(expectationTopics.map((t) => t.id)).toEqual([
      'frequency',
      'format',
      'reply',
      'confidentiality',
      'goals',
      'feedback',
      'initiative',
      'ending',
    ]);
    expect(topicById('goals')?.options.map((o) => o.id)).toEqual([
      'guidance',
      'knowledge',
      'belonging',
      'direction',
      'networking',
    ]);
  });
});

describe('comparing', () => {
  const cases: {
    name: string;
    topic: string;
    a: string[] | null;
    b: string[] | null;
    status: string;
    how?: string;
  }[] = [
    { name: 'same frequency', topic: 'frequency', a: ['monthly'], b: ['monthly'], status: 'agree' },
    {
      name: 'different frequency',
      topic: 'frequency',
      a: ['every-two-weeks'],
      b: ['monthly'],
      status: 'differ',
      how: 'You expect to meet every two weeks; they expect to meet once a month.',
    },
    {
      name: 'different replies',
      topic: 'reply',
      a: ['same-day'],
      b: ['week'],
      status: 'differ',
      how: 'You expect a reply the same day; they expect a reply within a week.',
    },
    {
      name: 'goals in another order',
      topic: 'goals',
      a: ['direction', 'guidance'],
      b: ['guidance', 'direction'],
      status: 'agree',
    },
    {
      name: 'goals partly shared',
      topic: 'goals',
      a: ['guidance', 'belonging'],
      b: ['guidance', 'networking'],
      status: 'differ',
      how: 'You both chose guidance; only you chose belonging; only they chose networking.',
    },
    { name: 'only I answered', topic: 'feedback', a: ['both'], b: null, status: 'only-you' },
    { name: 'only they answered', topic: 'feedback', a: null, b: ['both'], status: 'only-them' },
    { name: 'neither answered', topic: 'ending', a: null, b: null, status: 'neither' },
    {
      name: 'an unknown id counts as no answer',
      topic: 'format',
      a: ['hologram'],
      b: ['video'],
      status: 'only-them',
    },
  ];
  test.each(cases)('$name: $status', ({ topic, a, b, status, how }) => {
    const row = compareExpectations(
      a ? { [topic]: answer(...a) } : {},
      b ? { [topic]: answer(...b) } : {},
    ).find((r) => r.topic.id === topic)!;
    expect(row.status).toBe(status);
    expect(row.how).toBe(how ?? null);
    if (status === 'differ') {
      expect(row.starters.length).toBeGreaterThanOrEqual(2);
      for (const s of row.starters) expect(s).not.toMatch(/[{}]/);
    } else expect(row.starters).toEqual([]);
  });

  test('lists every topic in order, with the answers’ labels', () => {
    const rows = compareExpectations(mine.answers, { frequency: answer('monthly') });
    expect(rows.map((r) => r.topic.id)).toEqual(expectationTopics.map((t) => t.id));
    expect(rows[0]).toMatchObject({ mine: ['Every two weeks'], theirs: ['Once a month'] });
  });

  test('a goals difference with nothing in common says so', () => {
    expect(describeDifference(topicById('goals')!, answer('knowledge'), answer('networking'))).toBe(
      'You chose no area in common; only you chose knowledge; only they chose networking.',
    );
  });
});

describe('the file', () => {
  test('round trip: export, read back, same answers; private note and empty name left out', () => {
    const file = toExpectationsFile(mine)!;
    expect(file).toEqual({
      format: 'medmentor-expectations',
      version: 1,
      role: 'mentee',
      answers: {
        frequency: { choices: ['every-two-weeks'] },
        reply: { choices: ['two-days'], note: 'Nights this month' },
        goals: { choices: ['guidance', 'belonging'] },
      },
    });
    const read = readExpectationsFile(expectationsFileText(mine)!);
    expect(read).toEqual({ ok: true, file });
  });

  test('holds a first name only when typed in', () => {
    expect(toExpectationsFile({ ...mine, firstName: ' Sam ' })?.firstName).toBe('Sam');
  });

  test('needs a role', () => {
    expect(toExpectationsFile({ ...mine, role: null })).toBeNull();
    expect(expectationsFileText({ ...mine, role: null })).toBeNull();
  });

  const good = toExpectationsFile(mine)!;
  const bad: [string, unknown][] = [
    ['not an object', 'hello'],
    ['null', null],
    ['another format', { ...good, format: 'medmentor-backup' }],
    ['an unknown key', { ...good, email: 'a@b.c' }],
    ['an unknown role', { ...good, role: 'dean' }],
    ['an unknown topic', { ...good, answers: { salary: { choices: ['high'] } } }],
    ['an unknown answer', { ...good, answers: { frequency: { choices: ['daily'] } } }],
    [
      'two answers to a one-answer topic',
      { ...good, answers: { frequency: { choices: ['weekly', 'monthly'] } } },
    ],
    ['no answer chosen', { ...good, answers: { frequency: { choices: [] } } }],
    ['an answer twice', { ...good, answers: { goals: { choices: ['guidance', 'guidance'] } } }],
    ['a private note', { ...good, answers: { goals: { choices: ['guidance'], note: 'x' } } }],
    [
      'a note too long',
      {
        ...good,
        answers: { reply: { choices: ['week'], note: 'x'.repeat(expectationLimits.note + 1) } },
      },
    ],
    ['a name too long', { ...good, firstName: 'x'.repeat(expectationLimits.firstName + 1) }],
    ['an empty name', { ...good, firstName: '  ' }],
    [
      'an unknown key in an answer',
      { ...good, answers: { reply: { choices: ['week'], html: '<b>' } } },
    ],
  ];
  test.each(bad)('rejects %s', (_name, json) => {
    expect(expectationsFileSchema.safeParse(json).success).toBe(false);
    const read = readExpectationsJson(json);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/Nothing here has changed/);
  });

  test('a newer version says so', () => {
    const read = readExpectationsJson({ ...good, version: 2 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/newer version/);
  });

  test('text that is not JSON, or far too long, is refused', () => {
    expect(readExpectationsFile('{nope').ok).toBe(false);
    expect(readExpectationsFile(' '.repeat(70_000) + '{}').ok).toBe(false);
  });
});

describe('the link', () => {
  test('round trip through the fragment', async () => {
    const fragment = (await expectationsFragment(mine))!;
    expect(fragment).toMatch(/^expectations=v1\.[A-Za-z0-9_-]+$/);
    const read = await readExpectationsLink(`https://example.org/plan/agreement/#${fragment}`);
    expect(read).toEqual({ ok: true, file: toExpectationsFile(mine) });
  });

  test.each([
    ['cut short', (f: string) => f.slice(0, -6)],
    [
      'a character changed',
      (f: string) => f.slice(0, 30) + (f[30] === 'A' ? 'B' : 'A') + f.slice(31),
    ],
    ['not base64', (f: string) => `${f}!!`],
    ['no version', (f: string) => f.replace('v1.', '')],
    ['another fragment', () => 'main'],
  ])('a link %s gets a clear message', async (_name, tamper) => {
    const fragment = (await expectationsFragment(mine))!;
    const read = await readExpectationsLink(`#${tamper(fragment)}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/incomplete or has been changed/);
  });
});

describe('the store', () => {
  test('answers, limits, and a refused answer changes nothing', () => {
    expect(expectationActions.setRole('mentor')).toBe(true);
    expect(expectationActions.answer('frequency', ['monthly'], '')).toBe(true);
    expect(expectationActions.answer('frequency', ['weekly', 'monthly'], '')).toBe(false);
    expect(expectationActions.answer('frequency', ['daily'], '')).toBe(false);
    expect(expectationActions.answer('nothing', ['weekly'], '')).toBe(false);
    expect(
      expectationActions.answer('reply', ['week'], 'x'.repeat(expectationLimits.note + 1)),
    ).toBe(false);
    expect(expectations.read().answers).toEqual({ frequency: { choices: ['monthly'], note: '' } });
    expect(expectationActions.answer('frequency', [], '')).toBe(true);
    expect(expectations.read().answers).toEqual({});
    expect(expectationsSchema.safeParse(expectations.read()).success).toBe(true);
  });

  test('"Use their answer" takes their choices, keeps my note, and is undone', () => {
    expectationActions.answer('reply', ['same-day'], 'I am quick');
    const undo = expectationActions.useTheirs('reply', ['week'])!;
    expect(expectations.read().answers.reply).toEqual({ choices: ['week'], note: 'I am quick' });
    expect(undo()).toBe(true);
    expect(expectations.read().answers.reply).toEqual({
      choices: ['same-day'],
      note: 'I am quick',
    });
    const undoNew = expectationActions.useTheirs('ending', ['message'])!;
    expect(undoNew()).toBe(true);
    expect(expectations.read().answers.ending).toBeUndefined();
  });

  test('merge keeps every answer here and adds those only there', () => {
    const merged = expectations.definition.merge(mine, {
      ...mine,
      role: 'mentor',
      answers: { frequency: answer('weekly'), ending: answer('message') },
    });
    expect(merged.role).toBe('mentee');
    expect(merged.answers.frequency).toEqual(answer('every-two-weeks'));
    expect(merged.answers.ending).toEqual(answer('message'));
  });
});
