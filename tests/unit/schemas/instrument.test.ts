/**
 * The self-assessment instrument schema, on the shipped instruments and on broken copies of one:
 * a school's mistake is refused with a message that names the field and says what is wrong
 * (the build then names the file: tests/build/content-errors.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { instrumentSchema } from '~/lib/schemas/instrument';

const dir = join(import.meta.dirname, '../../../src/content/assessments');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) =>
  parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

interface Raw {
  scale: { points: { value: number; label: string }[] };
  results: Record<string, unknown>;
  domains: (Record<string, unknown> & { id: string })[];
  items: (Record<string, unknown> & { id: string; domain: string })[];
}
const needsFile = load('mentoring-needs.yaml');
/** A fresh copy of the shipped needs instrument, to break. */
const needs = () => structuredClone(needsFile) as unknown as Raw & Record<string, unknown>;

/** The issues of a broken instrument, as "path: message". */
function problems(input: unknown): string[] {
  const result = instrumentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test.each(files)('the shipped instrument %s is valid', (file) => {
  expect(problems(load(file))).toEqual([]);
});

describe('a broken instrument is refused, naming the field', () => {
  test.each<[string, (raw: Raw) => void, RegExp]>([
    [
      'an item in an unknown domain',
      (raw) => {
        const item = raw.items.find((i) => i.domain === 'networking');
        if (item) item.domain = 'networkin';
      },
      /^items\.\d+\.domain: item "[a-z0-9-]+" names unknown domain "networkin"$/,
    ],
    [
      'two domains with the same id',
      (raw) => {
        raw.domains[1]!.id = raw.domains[0]!.id;
      },
      /^domains\.1\.id: duplicate domain id "guidance"$/,
    ],
    [
      'a domain without items',
      (raw) => {
        raw.domains.push({ ...raw.domains[0]!, id: 'empty' });
      },
      /^domains\.5: domain "empty" has no items$/,
    ],
    [
      'two items with the same id',
      (raw) => {
        raw.items[1]!.id = raw.items[0]!.id;
      },
      /^items\.1\.id: duplicate item id "[a-z0-9-]+"$/,
    ],
    [
      'scale values that do not increase',
      (raw) => {
        raw.scale.points[2]!.value = 1;
      },
      /^scale\.points: values must increase from the first choice to the last$/,
    ],
    [
      'a scale with one choice',
      (raw) => {
        raw.scale.points = raw.scale.points.slice(0, 1);
      },
      /^scale\.points: .*>=2/,
    ],
    [
      'an id with capitals or spaces',
      (raw) => {
        raw.domains[0]!.id = 'Guidance Area';
      },
      /^domains\.0\.id: use lowercase letters, digits and hyphens$/,
    ],
    [
      'an unknown mentor directory help area',
      (raw) => {
        raw.domains[0]!.helpAreas = ['surgery'];
      },
      /^domains\.0\.helpAreas\.0: Invalid option: expected one of .*"career-planning"/,
    ],
    [
      'an unknown kind of mentoring',
      (raw) => {
        raw.domains[0]!.mentoringKinds = ['guru'];
      },
      /^domains\.0\.mentoringKinds\.0: Invalid option: expected one of .*"near-peer"/,
    ],
    [
      'more than four domains named at each end',
      (raw) => {
        raw.results.highlight = 5;
      },
      /^results\.highlight: .*<=4/,
    ],
  ])('%s', (_name, breakIt, expected) => {
    const raw = needs();
    breakIt(raw);
    expect(problems(raw)).toContainEqual(expect.stringMatching(expected));
  });

  test.each<[string, string]>([
    ['title', 'title'],
    ['minutes', 'minutes'],
    ['scale', 'scale'],
  ])('a missing %s', (_name, field) => {
    const raw: Record<string, unknown> = needs();
    delete raw[field];
    expect(problems(raw)).toEqual([expect.stringMatching(new RegExp(`^${field}: `))]);
  });
});

test('what a school may leave out gets its default', () => {
  const raw = needs();
  delete raw.framework;
  delete raw.reflection;
  delete raw.results.highlight;
  delete raw.results.recommendFor;
  for (const d of raw.domains) {
    delete d.relatedGuides;
    delete d.mentoringKinds;
    delete d.helpAreas;
  }
  for (const item of raw.items) delete item.reverse;
  const parsed = instrumentSchema.parse(raw);
  expect(parsed).toMatchObject({
    framework: 'none',
    reflection: [],
    results: { highlight: 2, recommendFor: 'low' },
  });
  expect(parsed.domains.every((d) => d.relatedGuides.length + d.helpAreas.length === 0)).toBe(true);
  expect(parsed.items.every((i) => i.reverse === false)).toBe(true);
});
