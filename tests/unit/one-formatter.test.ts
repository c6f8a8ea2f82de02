/**
 * One way to show dates, numbers and plurals (STYLE.md, habit 15): every file under src/ formats
 * through src/lib/format.ts and src/i18n/plural.ts. A second way (an inline Intl formatter, a
 * toLocale…String call, a plural ending written by hand) fails here, naming file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatDateTime,
  formatDay,
  formatNumber,
  formatTimestamp,
  pageLocale,
} from '~/lib/format';
import { tableTest } from '../support/table';

const root = join(import.meta.dirname, '../..');
/** The one formatter itself, and the dictionaries with their plural forms. */
const allowed = (path: string) => path === 'src/lib/format.ts' || path.startsWith('src/i18n/');

/** What a second way looks like, with why it is one. */
const patterns: { name: string; pattern: RegExp }[] = [
  {
    name: 'toLocaleDateString (use formatDay or formatTimestamp)',
    pattern: /\.toLocaleDateString\(/,
  },
  { name: 'toLocaleTimeString (use formatDateTime)', pattern: /\.toLocaleTimeString\(/ },
  { name: 'toLocaleString (use formatNumber or a date formatter)', pattern: /\.toLocaleString\(/ },
  {
    name: 'new Intl.DateTimeFormat (use src/lib/format.ts)',
    pattern: /new\s+Intl\.DateTimeFormat\b/,
  },
  { name: 'new Intl.NumberFormat (use formatNumber)', pattern: /new\s+Intl\.NumberFormat\b/ },
  {
    // n === 1 ? '' : 's', n !== 1 ? 's' : '', n === 1 ? 'One area has' : `${n} areas have`
    name: 'a plural chosen by comparing with 1 (use plural())',
    pattern: /[!=]==\s*1\s*\?\s*['"`]/,
  },
  {
    // n === 1 ? one : many, inside a helper of its own
    name: 'a plural helper of its own (use plural())',
    pattern: /[!=]==\s*1\s*\?\s*(one|many|singular|plural)\b/,
  },
  {
    // cond ? '' : 's', cond ? 's' : '', cond ? ' is' : 's are', … : 's marked'
    name: 'a plural ending added by hand (use plural())',
    pattern: /\?\s*(['"`])[^'"`\n]*\1\s*:\s*(['"`])s\b|\?\s*(['"`])s\b[^'"`\n]*\3\s*:/,
  },
  {
    // `${n} thing(s)`, {n} thing(s), "thing(s) found" (not a call such as get(s) ?? x)
    name: 'a "(s)" plural (use plural())',
    pattern: /\}\s*[a-z]+\(s\)|[a-z]\(s\)\s+[a-z]/i,
  },
];

/** Every source file under src/ (code, components, pages, styles are skipped: no text). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs|astro|mdx?)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * "file:line: what" for every line of `text` where a second way starts. Patterns run over the
 * whole text, so a ternary split over two lines is caught too.
 */
function findSecondWays(file: string, text: string): string[] {
  const found = new Map<number, string[]>();
  for (const { name, pattern } of patterns) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const line = text.slice(0, match.index).split('\n').length;
      found.set(line, [...(found.get(line) ?? []), name]);
    }
  }
  const lines = text.split('\n');
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([line, names]) => `${file}:${line}: ${names.join('; ')}\n    ${lines[line - 1]?.trim()}`);
}

describe('the pattern list catches every second way', () => {
  test.each([
    ["`${n} change${n === 1 ? '' : 's'}`", 1],
    ["`${n} goal${n !== 1 ? 's' : ''}`", 1],
    ["{n === 1 ? 'One statement was' : `${n} statements were`}", 1],
    ["`answer${notSure === 1 ? ' is' : 's are'} left out`", 1],
    ["{samples === all ? ' in this directory is' : 's marked “Sample” are'}", 1],
    ["{samples === all\n  ? ' in this directory is'\n  : 's marked “Sample” are'}", 1],
    ['return `${n} ${n === 1 ? one : many}`;', 1],
    ['`${count} thing(s)`', 1],
    ['<p>{count} goal(s) found</p>', 1],
    ["new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })", 1],
    ['new Intl.NumberFormat(locale).format(kb)', 1],
    ['date.toLocaleDateString()', 1],
    ['date.toLocaleTimeString()', 1],
    ['n.toLocaleString()', 1],
  ])('%s', (line, found) => {
    expect(findSecondWays('x.ts', line)).toHaveLength(found);
  });

  test.each([
    ["plural(locale, n, { one: '{n} person', other: '{n} people' })"],
    ['const offset = slots === 1 ? 0 : i / (slots - 1);'],
    ["formatDay(c.nextFollowUp ?? '', locale)"],
    ["name.toLocaleLowerCase('en-US')"],
    ["{attempts > 1 ? `; attempt ${n} of ${n}` : ''}"],
    ["status === 'overdue' ? 'Overdue' : 'Due'"],
    ['const base = hits ? hits.flatMap((s) => bySlug.get(s) ?? []) : mentors;'],
  ])('leaves alone: %s', (line) => {
    expect(findSecondWays('x.ts', line)).toEqual([]);
  });
});

test('every file under src/ formats dates, numbers and plurals one way', () => {
  const files = sourceFiles(join(root, 'src'))
    .map((path) => relative(root, path).replaceAll('\\', '/'))
    .filter((path) => !allowed(path));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) =>
    findSecondWays(file, readFileSync(join(root, file), 'utf8')),
  );
  expect(
    found,
    `Format through src/lib/format.ts and src/i18n/plural.ts:\n${found.join('\n')}`,
  ).toEqual([]);
});

describe('the formatter', () => {
  tableTest('formatDay(%s, %s) -> %s', formatDay, [
    ['2026-11-24', 'en-US', 'November 24, 2026'],
    ['2026-11-24', 'en-GB', '24 November 2026'],
    ['2027-03-01', 'en-US', 'March 1, 2027'],
    // A date typed by hand, or imported, is shown as it is.
    ['next spring', 'en-US', 'next spring'],
    ['', 'en-US', ''],
  ]);

  test('timestamps are shown on the day and at the time of this device', () => {
    const iso = '2026-11-24T12:00:00.000Z';
    const local = new Date(iso);
    expect(formatTimestamp(iso, 'en-US')).toBe(
      `${local.toLocaleString('en-US', { month: 'long' })} ${local.getDate()}, ${local.getFullYear()}`,
    );
    expect(formatDateTime(iso, 'en-US')).toMatch(
      new RegExp(`^${formatTimestamp(iso, 'en-US')} at \\d{1,2}:\\d{2}\\s?[AP]M$`),
    );
  });

  tableTest('formatNumber(%d, %s, %i) -> %s', formatNumber, [
    [1234.56, 'en-US', 0, '1,235'],
    [1234.56, 'en-US', 1, '1,234.6'],
    [1234.5, 'de-DE', 1, '1.234,5'],
  ]);

  test.each([
    [1, 'en-US', '1 byte'],
    [512, 'en-US', '512 bytes'],
    [1536, 'en-US', '1.5 KB'],
    [2048, 'en-US', '2 KB'],
    [6.2 * 1024 * 1024, 'en-US', '6.2 MB'],
    [5 * 1024 * 1024, 'en-US', '5 MB'],
    [1536, 'de-DE', '1,5 KB'],
  ])('formatBytes(%d, %s) -> %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });

  test('outside a browser, store descriptions use English', () => {
    expect(pageLocale()).toBe('en');
  });
});
