/**
 * The migration policy, enforced for every registered store: each version before the current
 * one has a migration and an old-shape fixture in tests/fixtures/storage that decodes cleanly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decodeRaw } from '~/lib/storage/codec';
import { dataStores } from '~/lib/stores/registry';
import { metaDefinition } from '~/lib/stores/meta';
import { assessmentsDefinition } from '~/lib/stores/assessments';

const definitions = [...dataStores.map((s) => s.definition), metaDefinition];
const fixtures = join(import.meta.dirname, '../../fixtures/storage');

test.each(definitions.map((d) => [d.name, d] as const))(
  '%s: every old version migrates',
  (_name, def) => {
    for (let v = 1; v < def.version; v++) {
      expect(def.migrations[v], `migration ${v} -> ${v + 1}`).toBeTypeOf('function');
      const path = join(fixtures, `${def.name}.v${v}.json`);
      expect(existsSync(path), `fixture ${path}`).toBe(true);
      expect(decodeRaw(def, readFileSync(path, 'utf8')).ok).toBe(true);
    }
    expect(
      Object.keys(def.migrations)
        .map(Number)
        .every((v) => v >= 1 && v < def.version),
    ).toBe(true);
  },
);

test('the current prefs fixture decodes', () => {
  const prefs = definitions.find((d) => d.name === 'prefs')!;
  expect(decodeRaw(prefs, readFileSync(join(fixtures, 'prefs.v1.json'), 'utf8'))).toEqual({
    ok: true,
    value: { version: 1, theme: 'dark', facilitator: true },
  });
});

test('assessments v1 to v2: each area gets the band of its own score, not its rank', () => {
  const decoded = decodeRaw(
    assessmentsDefinition,
    readFileSync(join(fixtures, 'assessments.v1.json'), 'utf8'),
  );
  if (!decoded.ok) throw new Error(decoded.reason);
  const [needs, strengths] = decoded.value.attempts;
  // Version 1 called Guidance (75) "met for now" because two other needs ranked higher.
  expect(needs?.results.map((r) => [r.domain, r.band, r.answered])).toEqual([
    ['guidance', 'strong-need', null],
    ['knowledge', 'some-need', null],
    ['belonging', 'strong-need', null],
    ['direction', 'met', null],
    ['networking', null, null],
  ]);
  expect(needs?.bands.map((b) => [b.label, b.focus])).toEqual([
    ['A strong need', true],
    ['Some need', true],
    ['Met for now', false],
  ]);
  // Version 1 called Patient Care (40) a strength because it was the higher of two.
  expect(strengths?.results.map((r) => r.band)).toEqual(['developing', 'growth-area']);
  expect(strengths).toMatchObject({ audience: 'mentee', close: false });
  expect(strengths).not.toHaveProperty('high');
  expect(decoded.value.drafts['mentor-self-assessment']?.step).toBe(1);
});
