/** The Markdown brief: user text shown literally, and "since" counted in the person's days. */
import { afterEach, describe, expect, test } from 'vitest';
import { briefGoals, briefMarkdown, markdownText } from '~/lib/goals/brief';
import { emptyFields } from '~/lib/goals/model';
import type { Goal } from '~/lib/schemas/plan';
import markdownCases from '../../tables/markdown-text.json';
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
          highTitle: 'Top',
          high: [],
          lowTitle: 'Met',
          low: [],
        },
      ],
      questions: '',
    });
    expect(md).toContain(`- Needs (${day}): Top: none stands out.`);
  });
});
