/**
 * The mentor directory schema, on the shipped mentor files and on broken copies of one: a
 * mistake is refused with a message naming the field (the build then names the file; a photo is
 * checked in a real build: tests/build/mentors.test.ts).
 */
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { mentorSchema } from '~/lib/schemas/mentor';

const dir = join(import.meta.dirname, '../../../src/content/mentors');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) =>
  parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

/** Astro's image() as seen by the schema: a checked image reference (photos need a build). */
const image: ImageFunction = () =>
  z.object({
    src: z.string(),
    width: z.number(),
    height: z.number(),
    format: z.union([
      z.literal('png'),
      z.literal('jpg'),
      z.literal('jpeg'),
      z.literal('tiff'),
      z.literal('webp'),
      z.literal('gif'),
      z.literal('svg'),
      z.literal('avif'),
      z.literal('apng'),
    ]),
  });
const schema = mentorSchema(image);

/** The issues of a mentor file, as "path: message" (nested union issues included). */
function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const nested =
      'errors' in issue
        ? (issue.errors as { path: PropertyKey[]; message: string }[][])
            .flat()
            .map((inner) => `${[...issue.path, ...inner.path].join('.')}: ${inner.message}`)
        : [];
    return [`${issue.path.join('.')}: ${issue.message}`, ...nested];
  });
}

const sample = () => load('amara-okafor.yaml');

test.each(files)('the shipped mentor file %s is valid', (file) => {
  expect(problems(load(file))).toEqual([]);
});

describe('a broken mentor file is refused, naming the field', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a phone number as contact',
      { contact: { link: 'tel:+15555550100' } },
      /^contact\.link: must start with https:\/\/$/,
    ],
    [
      'a phone number as the email',
      { contact: { email: '+1 555 555 0100' } },
      /^contact\.email: must be an email address, e\.g\. name@school\.edu$/,
    ],
    [
      'a link that is not a link',
      { contact: { link: 'my office' } },
      /^contact\.link: must be a full link, e\.g\. https:\/\/\.\.\.$/,
    ],
    [
      'both an email and a link',
      { contact: { email: 'a@b.org', link: 'https://b.org' } },
      /^contact(\.|: )/,
    ],
    [
      'an unknown help area',
      { helpAreas: ['surgery', 'teaching'] },
      /^helpAreas\.0: Invalid option: expected one of .*"career-planning"/,
    ],
    ['no help area', { helpAreas: [] }, /^helpAreas: .*>=1/],
    ['an unknown availability', { availability: 'maybe' }, /^availability: Invalid option/],
    ['a bio longer than 600 characters', { bio: 'x'.repeat(601) }, /^bio: .*<=600/],
    ['more than 12 interests', { interests: Array(13).fill('x') }, /^interests: .*<=12/],
    ['a field the directory does not know', { phone: '555-0100' }, /^: Unrecognized key: "phone"$/],
  ])('%s', (_name, change, expected) => {
    expect(problems({ ...sample(), ...change })).toContainEqual(expect.stringMatching(expected));
  });

  test('a missing name', () => {
    const raw = sample();
    delete raw.name;
    expect(problems(raw)).toEqual([expect.stringMatching(/^name: /)]);
  });
});

test('what a mentor may leave out gets its default', () => {
  const raw = sample();
  for (const key of ['pronouns', 'interests', 'affinityGroups', 'sample']) delete raw[key];
  expect(schema.parse(raw)).toMatchObject({ interests: [], affinityGroups: [], sample: false });
  expect(schema.parse(raw)).not.toHaveProperty('pronouns');
});
