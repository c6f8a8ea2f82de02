/** The Markdown brief: user text shown literally, and "since" counted in the person's days. */
import { afterEach, describe, expect, test } from 'vitest';
import { briefGoals, briefMarkdown, markdownText } from '~/lib/goals/brief';
import { emptyFields } from '~/lib/goals/model';
import type { Goal } from '~/lib/schemas/plan';

describe('every text in the Markdown brief is shown as written', () => {
  test.each<[string, string, string]>([
    ['plain text', 'Draft slides for rounds', 'Draft slides for rounds'],
    ['HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['an image tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a link', '[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['an autolink', '<https://example.com>', '\\<https://example.com\\>'],
    ['an image', '![x](https://example.com/a.png)', '!\\[x\\](https://example.com/a.png)'],
    ['emphasis', '*bold* and _italic_', '\\*bold\\* and \\_italic\\_'],
    ['code', 'use `rm -rf`', 'use \\`rm -rf\\`'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['an entity', 'AT&amp;T &lt;', 'AT\\&amp;T \\&lt;'],
    ['a backslash', 'C:\\notes', 'C:\\\\notes'],
    ['a heading', '# Big', '\\# Big'],
    ['a closing heading sequence', 'Rounds ##', 'Rounds \\#\\#'],
    ['a quote', '> quoted', '\\> quoted'],
    ['a bullet', '- item', '\\- item'],
    ['a plus bullet', '+ item', '\\+ item'],
    ['a star bullet', '* item', '\\* item'],
    ['a numbered item', '1. first', '1\\. first'],
    ['a numbered item with a parenthesis', '12) twelfth', '12\\) twelfth'],
    ['a setext underline', '===', '\\==='],
    ['a thematic break', '---', '\\---'],
    ['a number inside a sentence is left alone', 'Read 2. chapter', 'Read 2. chapter'],
    ['a dash inside a sentence is left alone', 'Mon - Fri', 'Mon - Fri'],
    ['line breaks', 'one\r\ntwo\rthree\nfour', 'one two three four'],
    ['a line break before a marker', 'done\n# not a heading', 'done \\# not a heading'],
    ['other control characters', 'a\u0000b\u001bc\u007fd', 'abcd'],
    ['a right-to-left override', 'Goal \u202Eevil\u202C end', 'Goal evil end'],
    ['right-to-left letters and emoji', 'مرحبا 🩺 שלום', 'مرحبا 🩺 שלום'],
  ])('%s', (_name, text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });
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
