/**
 * The guide frontmatter schema (src/content.config.ts), on every shipped guide and on a broken
 * guide: each mistake is refused with a message naming the field. That the build then stops and
 * names the file is shown once, in tests/build/content-errors.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { collections } from '~/content.config';

const schema = (() => {
  const { schema } = collections.guides;
  if (schema === undefined || typeof schema === 'function') {
    throw new Error('src/content.config.ts: the guides schema is expected to be a plain schema');
  }
  return schema;
})();
const root = join(import.meta.dirname, '../../../src/content/guides');
const guideFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.mdx'),
);
const frontmatterOf = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/** The issues of a frontmatter, as "path: message". */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** A valid frontmatter, as the broken-guide build test writes it. */
const valid = (): Record<string, unknown> => ({
  title: 'A broken guide',
  description: 'Used by a test.',
  track: 'programs',
  order: 5,
  audience: ['program-leads'],
  objectives: ['Describe one thing.', 'List two things.', 'Plan three things.'],
  keyPoints: ['One.', 'Two.', 'Three.'],
  minutes: 5,
  updated: '2026-11-24',
});

test.each(guideFiles)('the shipped guide %s has valid frontmatter', (file) => {
  expect(problems(frontmatterOf(readFileSync(join(root, file), 'utf8')))).toEqual([]);
});

test('a valid frontmatter gets its defaults and typed values', () => {
  const parsed = schema.parse(valid());
  expect(parsed).toMatchObject({
    track: { id: 'programs', collection: 'tracks' },
    relatedTools: [],
    relatedGuides: [],
  });
  expect(parsed.updated).toEqual(new Date('2026-11-24'));
});

describe('a broken guide is refused, naming the field', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['too few objectives', { objectives: ['Only one.'] }, /^objectives: .*>=3 items/],
    ['too many objectives', { objectives: Array(6).fill('Do it.') }, /^objectives: .*<=5 items/],
    ['too few key points', { keyPoints: ['One.'] }, /^keyPoints: .*>=3 items/],
    [
      'an unknown audience',
      { audience: ['everyone'] },
      /^audience\.0: Invalid option: expected one of .*"students"/,
    ],
    ['no audience', { audience: [] }, /^audience: .*>=1 items/],
    ['a missing title', { title: '' }, /^title: .*>=1 characters/],
    ['a title too long', { title: 'x'.repeat(121) }, /^title: .*<=120 characters/],
    [
      'a description too long',
      { description: 'x'.repeat(201) },
      /^description: .*<=200 characters/,
    ],
    ['an order of zero', { order: 0 }, /^order: .*>0/],
    ['a fractional order', { order: 1.5 }, /^order: .*expected int\b/],
    ['a reading time over an hour', { minutes: 61 }, /^minutes: .*<=60/],
    ['a date that is not one', { updated: 'last spring' }, /^updated: Invalid (input|date)/],
    [
      'an unknown tool',
      { relatedTools: ['calendar'] },
      /^relatedTools\.0: Invalid option: expected one of .*"plan"/,
    ],
    [
      'more than four related guides',
      { relatedGuides: ['a/b', 'a/c', 'a/d', 'a/e', 'a/f'] },
      /^relatedGuides: .*<=4 items/,
    ],
  ])('%s', (_name, change, expected) => {
    expect(problems({ ...valid(), ...change })).toEqual([expect.stringMatching(expected)]);
  });

  test.each([
    'title',
    'description',
    'track',
    'order',
    'audience',
    'objectives',
    'keyPoints',
    'minutes',
    'updated',
  ])('a missing %s', (field) => {
    const raw = valid();
    delete raw[field];
    expect(problems(raw)).toEqual([expect.stringMatching(new RegExp(`^${field}: `))]);
  });
});
