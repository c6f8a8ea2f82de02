/**
 * Goal templates cover every area a person can be shown: each domain of every instrument and
 * every framework pack (AAMC, ACGME, CanMEDS), the mentoring needs and the mentor
 * self-assessment has at least three starter templates. Templates match a pack by instrument
 * and domain id (src/lib/content/goal-templates.ts), so a site set to any pack gets templates for
 * every domain it shows. Read from the YAML files themselves; a failure names the domain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

/** The fewest templates a domain may have. */
const fewest = 3;

const content = join(import.meta.dirname, '../../../src/content');
const instruments = readdirSync(join(content, 'assessments'))
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => ({
    file,
    ...(parse(readFileSync(join(content, 'assessments', file), 'utf8')) as {
      instrument: string;
      framework?: string;
      domains: { id: string; name: string }[];
    }),
  }));
const templates = parse(readFileSync(join(content, 'goal-templates/templates.yaml'), 'utf8')) as {
  id: string;
  instrument: string;
  domain: string;
  steps: string[];
  weeks: number;
}[];

/** One row per domain of every instrument file: file, instrument, domain id, domain name. */
const rows = instruments.flatMap((i) =>
  i.domains.map((d) => [i.file, i.instrument, d.id, d.name] as const),
);

test('every instrument and pack is covered', () => {
  expect(instruments.map((i) => i.file).sort()).toEqual([
    'clinical-strengths-aamc.yaml',
    'clinical-strengths-acgme.yaml',
    'clinical-strengths-canmeds.yaml',
    'mentor-self-assessment.yaml',
    'mentoring-needs.yaml',
  ]);
  // 8 AAMC domains, 6 ACGME, 7 CanMEDS roles, 6 mentor areas and 5 needs.
  expect(rows).toHaveLength(32);
});

test.each(rows)(
  '%s: %s domain "%s" (%s) has at least three goal templates',
  (file, instrument, id, name) => {
    const found = templates.filter((t) => t.instrument === instrument && t.domain === id);
    expect(
      found.length,
      `${file}: domain "${id}" (${name}) has ${found.length} goal template(s) in src/content/goal-templates/templates.yaml; it needs at least ${fewest} (instrument: ${instrument}, domain: ${id})`,
    ).toBeGreaterThanOrEqual(fewest);
  },
);

test('every template names a domain that some instrument has, and ids are unique', () => {
  const known = new Set(rows.map(([, instrument, id]) => `${instrument}/${id}`));
  const stray = templates.filter((t) => !known.has(`${t.instrument}/${t.domain}`)).map((t) => t.id);
  expect(stray).toEqual([]);
  expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
});
