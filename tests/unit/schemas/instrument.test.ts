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

interface RawBand {
  id: string;
  label?: string;
  from: number;
  focus?: boolean;
}
interface Raw {
  scale: { points: { value: number; label: string }[] };
  results: Record<string, unknown> & { bands: RawBand[] };
  domains: (Record<string, unknown> & { id: string; bands: Record<string, string> })[];
  items: (Record<string, unknown> & { id: string; domain: string })[];
}
const needsFile = load('mentoring-needs.yaml');
/** A fresh copy of the shipped needs instrument, to break. */
const needs = () => structuredClone(needsFile) as unknown as Raw & Record<string, unknown>;

/** The bands of a copy, to break in place. */
const bands = (raw: Raw) => raw.results.bands;

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
      'bands that do not go from highest to lowest',
      (raw) => {
        raw.results.bands = [...bands(raw)].reverse();
      },
      /^results\.bands: bands go from highest to lowest: each `from` below the one before$/,
    ],
    [
      "a last band that does not start at the scale's lowest value",
      (raw) => {
        bands(raw).at(-1)!.from = 1.5;
      },
      /^results\.bands: the last band must start at the scale's lowest value \(1\)$/,
    ],
    [
      'no focus band',
      (raw) => {
        for (const band of bands(raw)) delete band.focus;
      },
      /^results\.bands: mark at least one band `focus: true`/,
    ],
    [
      'two bands with the same id',
      (raw) => {
        bands(raw)[1]!.id = bands(raw)[0]!.id;
      },
      /^results\.bands: band ids must be unique$/,
    ],
    [
      'a band without a label',
      (raw) => {
        delete bands(raw)[0]!.label;
      },
      /^results\.bands\.0\.label: /,
    ],
    [
      'a domain without words for a band',
      (raw) => {
        delete raw.domains[2]!.bands['some-need'];
      },
      /^domains\.2\.bands: domain "belonging" has no words for band "some-need"$/,
    ],
    [
      'a domain with words for an unknown band',
      (raw) => {
        raw.domains[0]!.bands['very-high'] = 'Words for a band that does not exist.';
      },
      /^domains\.0\.bands\.very-high: unknown band "very-high"$/,
    ],
    [
      'a concern answer that is not on the scale',
      (raw) => {
        raw.items[0]!.concern = { topic: 'isolation', answers: [4, 6] };
      },
      /^items\.0\.concern\.answers: not values of the scale: 6$/,
    ],
    [
      'an unknown concern topic',
      (raw) => {
        raw.items[0]!.concern = { topic: 'boredom', answers: [5] };
      },
      /^items\.0\.concern\.topic: Invalid option: expected one of .*"isolation"/,
    ],
    [
      'an unknown audience for the results',
      (raw) => {
        raw.results.audience = 'students';
      },
      /^results\.audience: Invalid option: expected one of .*"mentee"/,
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
  delete raw.results.audience;
  delete raw.results.minAnswered;
  delete raw.results.closeTo;
  for (const band of bands(raw)) delete band.focus;
  bands(raw)[0]!.focus = true;
  for (const d of raw.domains) {
    delete d.relatedGuides;
    delete d.mentoringKinds;
    delete d.helpAreas;
  }
  for (const item of raw.items) {
    delete item.reverse;
    delete item.concern;
  }
  const parsed = instrumentSchema.parse(raw);
  expect(parsed).toMatchObject({
    framework: 'none',
    reflection: [],
    results: { audience: 'mentee', minAnswered: 2, closeTo: 0.5 },
  });
  expect(parsed.results.bands.map((b) => b.focus)).toEqual([true, false, false]);
  expect(parsed.domains.every((d) => d.relatedGuides.length + d.helpAreas.length === 0)).toBe(true);
  expect(parsed.items.every((i) => i.reverse === false && i.concern === undefined)).toBe(true);
});

test('the example in docs/authoring-instruments.md is a valid instrument', () => {
  const docs = readFileSync(
    join(import.meta.dirname, '../../../docs/authoring-instruments.md'),
    'utf8',
  );
  const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
  expect(example).toBeDefined();
  const parsed = instrumentSchema.parse(parse(example ?? ''));
  expect(parsed.results.bands.map((b) => [b.id, b.from, b.focus])).toEqual([
    ['strong-need', 3.5, true],
    ['some-need', 2.5, true],
    ['met', 1, false],
  ]);
  expect(parsed.items.filter((i) => i.concern).length).toBeGreaterThan(0);
});

test('the shipped instruments band on their own scale and speak to their reader', () => {
  for (const file of files) {
    const parsed = instrumentSchema.parse(load(file));
    expect(parsed.results.bands.at(-1)?.from, file).toBe(parsed.scale.points[0]?.value);
    expect(parsed.results.audience, file).toBe(
      parsed.instrument === 'mentor-self-assessment' ? 'mentor' : 'mentee',
    );
  }
});

test.each<[string, [string, string, number[]][]]>([
  [
    'mentoring-needs.yaml',
    [
      // "No one to talk it over with", "I feel alone", "running on empty": agreeing.
      ['guidance-2', 'isolation', [4, 5]],
      // "I already have someone to turn to" (reversed): disagreeing.
      ['guidance-4', 'isolation', [1, 2]],
      ['guidance-5', 'exhaustion', [4, 5]],
      ['belonging-1', 'isolation', [4, 5]],
      // "I feel that I belong" (reversed): strongly disagreeing.
      ['belonging-4', 'isolation', [1]],
    ],
  ],
  [
    'clinical-strengths-aamc.yaml',
    [
      ['personal-professional-development-2', 'isolation', [1, 2]],
      ['personal-professional-development-5', 'exhaustion', [4, 5]],
    ],
  ],
  ['clinical-strengths-acgme.yaml', []],
  ['clinical-strengths-canmeds.yaml', []],
  ['mentor-self-assessment.yaml', []],
])('%s: the statements that point to isolation or exhaustion', (file, expected) => {
  const parsed = instrumentSchema.parse(load(file));
  const concerns = parsed.items
    .filter((i) => i.concern)
    .map((i) => [i.id, i.concern?.topic, i.concern?.answers]);
  expect(concerns).toEqual(expected);
});
