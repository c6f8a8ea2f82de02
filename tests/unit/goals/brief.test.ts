/** The Markdown brief: user text shown literally, and "since" counted in the person's days. */
import { afterEach, describe, expect, test } from 'vitest';
import { briefGoals, briefResults, mentorFromQuery, noFocus, resultLine } from '~/lib/goals/brief';
import { briefMarkdown, markdownText } from '~/lib/goals/brief-markdown';
import { emptyFields } from '~/lib/goals/model';
import type { Attempt } from '~/lib/schemas/assessments';
import type { Goal } from '~/lib/schemas/plan';
import markdownCases from '../../tables/markdown-text.json';
import { bandedAttempt } from '../../support/banded-attempt';
import { named, tableTest, type Row } from '../../support/table';

describe('every text in the Markdown brief is shown as written', () => {
  // Rows: name, text as typed, text as it stands in the Markdown.
  tableTest(
    '%s',
    named(markdownText),
    markdownCases as Row<[name: string, text: string], string>[],
  );
});

const goal = (title: string, steps: Goal['steps'], log: Goal['log'] = []): Goal => ({
  ...emptyFields(),
  id: 'g1',
  title,
  status: 'in-progress',
  archived: false,
  steps,
  log,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});
const step = (text: string, doneAt: string | null): Goal['steps'][number] => ({
  id: text,
  text,
  done: doneAt !== null,
  doneAt,
  due: null,
});

test('the whole brief escapes titles, steps, log entries and questions', () => {
  const g = goal(
    '<b>Rounds</b> #1',
    [step('[a](javascript:x)', '2026-11-12T10:00:00.000Z'), step('1. *next*', null)],
    [{ id: 'l1', date: '2026-11-12', did: '> did | it', learned: '`code`' }],
  );
  const md = briefMarkdown({
    date: '2026-11-24',
    since: '2026-11-10',
    goals: briefGoals([g], '2026-11-10'),
    results: [],
    questions: '- dash?\n<script>x</script>',
  });
  expect(md).toContain('### \\<b\\>Rounds\\</b\\> \\#1\n');
  expect(md).toContain('- Done: \\[a\\](javascript:x)\n');
  expect(md).toContain('- 2026-11-12: \\> did \\| it (learned: \\`code\\`)\n');
  expect(md).toContain('- Next: 1\\. \\*next\\*\n');
  expect(md).toContain('- \\- dash?\n- \\<script\\>x\\</script\\>\n');
  expect(md).not.toMatch(/(^|[^\\])<(script|b)/);
});

describe('"since" and result dates are the person\'s own days, not UTC', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  test.each<[string, string, string, boolean, string]>([
    // 19:00 on 10 November in California is already the 11th in UTC.
    [
      'evening in California',
      'America/Los_Angeles',
      '2026-11-11T03:00:00.000Z',
      false,
      '2026-11-10',
    ],
    // 01:00 on 11 November in Auckland is still the 10th in UTC.
    [
      'early morning in Auckland',
      'Pacific/Auckland',
      '2026-11-10T12:00:00.000Z',
      true,
      '2026-11-11',
    ],
    ['midday in UTC', 'UTC', '2026-11-11T12:00:00.000Z', true, '2026-11-11'],
  ])('%s', (_name, zone, doneAt, counted, day) => {
    process.env.TZ = zone;
    const items = briefGoals([goal('Rounds', [step('Ticked', doneAt)])], '2026-11-10');
    expect(items[0]?.doneSince).toEqual(counted ? ['Ticked'] : []);
    const md = briefMarkdown({
      date: '2026-11-24',
      since: null,
      goals: [],
      results: [
        {
          title: 'Needs',
          completedAt: doneAt,
          focusTitle: 'Top needs',
          focus: null,
          bands: '',
          close: false,
        },
      ],
      questions: '',
    });
    expect(md).toContain(`- Needs (${day}): Top needs: ${noFocus}.`);
  });
});

describe('results in the brief say what the bands say, never a rank', () => {
  const attempt = bandedAttempt('a1');
  tableTest(
    '%s',
    named((name: string | null, a: Attempt) => resultLine(briefResults(a, name))),
    <Row<[string, string | null, Attempt], string>[]>[
      [
        'with the name',
        'Ana',
        attempt,
        "Ana's top needs: Guidance and support (a strong need), Networking (some need). A strong need: Guidance and support. Some need: Networking. Met for now: Belonging.",
      ],
      [
        'without a name',
        null,
        attempt,
        'Top needs: Guidance and support (a strong need), Networking (some need). A strong need: Guidance and support. Some need: Networking. Met for now: Belonging.',
      ],
      [
        'every area met for now: no invented top need',
        null,
        bandedAttempt('a2', {
          results: attempt.results.map((r) => ({ ...r, band: 'met' })),
          close: true,
        }),
        `Top needs: ${noFocus}. Met for now: Guidance and support, Networking, Belonging. The areas scored close together, so the differences between them are small.`,
      ],
      [
        'an area with too few answers',
        null,
        bandedAttempt('a3', {
          results: attempt.results.map((r, i) => (i === 0 ? { ...r, band: null, score: null } : r)),
        }),
        'Top needs: Networking (some need). Some need: Networking. Met for now: Belonging. Not enough answers to go on: Guidance and support.',
      ],
    ],
  );
});

describe('the mentor a brief is for, from ?mentor= (untrusted)', () => {
  tableTest('%j', mentorFromQuery, [
    ['', null],
    ['?mentor=', null],
    ['?mentor=%20%20', null],
    ['?mentor=Dr.%20Lee', 'Dr. Lee'],
    ['?mentor=%3Cb%3ELee%3C%2Fb%3E', '<b>Lee</b>'],
    ['?mentor=Lee%0A%0ASmith', 'Lee Smith'],
    ['?mentor=%E2%80%AEeeL', 'eeL'],
    [`?mentor=${'a'.repeat(120)}`, 'a'.repeat(120)],
    [`?mentor=${'a'.repeat(121)}`, null],
    ['?other=Lee', null],
  ]);
});

test('the Markdown brief says who it is from and for, and heads the questions for the mentor', () => {
  const md = briefMarkdown({
    date: '2026-11-29',
    since: null,
    goals: [],
    results: [],
    questions: 'Which case?',
    questionsTitle: 'Questions Ana would like to talk about',
    from: 'Ana',
    mentor: 'Dr. <Lee>',
  });
  expect(md).toContain('From Ana. For Dr. \\<Lee\\>.\n');
  expect(md).toContain('## Questions Ana would like to talk about\n\n- Which case?');
});
