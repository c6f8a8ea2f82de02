/**
 * The shipped instruments: framework packs use exactly the published domain names (facts), each
 * domain has 4 to 6 items, at most one reverse item, and the guides they point to exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '../../src/content/assessments');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) =>
  parse(readFileSync(join(dir, file), 'utf8')) as {
    instrument: string;
    domains: { id: string; name: string; relatedGuides?: string[] }[];
    items: { id: string; domain: string; text: string; reverse?: boolean }[];
  };

test.each([
  [
    'clinical-strengths-aamc.yaml',
    [
      'Patient Care',
      'Knowledge for Practice',
      'Practice-Based Learning and Improvement',
      'Interpersonal and Communication Skills',
      'Professionalism',
      'Systems-Based Practice',
      'Interprofessional Collaboration',
      'Personal and Professional Development',
    ],
  ],
  [
    'clinical-strengths-acgme.yaml',
    [
      'Patient Care',
      'Medical Knowledge',
      'Practice-Based Learning and Improvement',
      'Interpersonal and Communication Skills',
      'Professionalism',
      'Systems-Based Practice',
    ],
  ],
  [
    'clinical-strengths-canmeds.yaml',
    [
      'Medical Expert',
      'Communicator',
      'Collaborator',
      'Leader',
      'Health Advocate',
      'Scholar',
      'Professional',
    ],
  ],
  [
    'mentoring-needs.yaml',
    [
      'Guidance and support',
      'Knowledge and experience',
      'Belonging and community',
      'Purpose and direction',
      'Networking',
    ],
  ],
  [
    'mentor-self-assessment.yaml',
    [
      'Maintaining effective communication',
      'Aligning expectations',
      'Assessing understanding',
      'Addressing equity and inclusion',
      'Fostering independence',
      'Promoting professional development',
    ],
  ],
])('%s has exactly the expected domains', (file, names) => {
  expect(load(file).domains.map((d) => d.name)).toEqual(names);
});

describe.each(files)('%s', (file) => {
  const data = load(file);
  test.each(data.domains.map((d) => [d.id, d] as const))(
    'domain %s: 4 to 6 items, at most one reversed, guides exist',
    (_id, domain) => {
      const items = data.items.filter((i) => i.domain === domain.id);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.length).toBeLessThanOrEqual(6);
      expect(items.filter((i) => i.reverse).length).toBeLessThanOrEqual(1);
      for (const guide of domain.relatedGuides ?? []) {
        expect(
          existsSync(join(import.meta.dirname, '../../src/content/guides', `${guide}.mdx`)),
          guide,
        ).toBe(true);
      }
    },
  );
  test('statements are first person and free of placeholders', () => {
    for (const item of data.items) {
      expect(item.text, item.id).toMatch(/\b(I|my|me|I'm|I've)\b/);
      expect(item.text).not.toMatch(/\b(TODO|TBD|lorem)\b/i);
    }
  });
});

test('goal templates: at least two for each domain of the default framework and each need', () => {
  const templates = parse(
    readFileSync(
      join(import.meta.dirname, '../../src/content/goal-templates/templates.yaml'),
      'utf8',
    ),
  ) as { id: string; instrument: string; domain: string; steps: string[] }[];
  for (const [file, instrument] of [
    ['clinical-strengths-aamc.yaml', 'clinical-strengths'],
    ['mentoring-needs.yaml', 'mentoring-needs'],
  ] as const) {
    for (const domain of load(file).domains) {
      const count = templates.filter(
        (t) => t.instrument === instrument && t.domain === domain.id,
      ).length;
      expect(count, `${instrument}/${domain.id}`).toBeGreaterThanOrEqual(2);
    }
  }
  expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
});

test.each(files)('goal templates: every domain of %s has at least one', (file) => {
  const templates = parse(
    readFileSync(
      join(import.meta.dirname, '../../src/content/goal-templates/templates.yaml'),
      'utf8',
    ),
  ) as { instrument: string; domain: string }[];
  const data = load(file);
  const missing = data.domains
    .map((d) => d.id)
    .filter((id) => !templates.some((t) => t.instrument === data.instrument && t.domain === id));
  expect(missing).toEqual([]);
});
