import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeRaw } from '~/lib/storage/codec';
import { notesDefinition } from '../../support/notes-store';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/storage', name), 'utf8');

describe('decodeRaw', () => {
  test.each<[string, string, unknown]>([
    [
      'current version',
      fixture('notes.v3.json'),
      { version: 3, notes: [{ id: 'n1', text: 'Ask about the research elective' }] },
    ],
    [
      'version 2 is migrated',
      fixture('notes.v2.json'),
      {
        version: 3,
        notes: [
          { id: 'n1', text: 'Ask about the research elective' },
          { id: 'n2', text: 'Bring my CV' },
        ],
      },
    ],
    [
      'version 1 is migrated twice',
      fixture('notes.v1.json'),
      { version: 3, notes: [{ id: 'n1', text: 'Ask about the research elective' }] },
    ],
    ['an empty version 1 note', '{"version":1,"text":""}', { version: 3, notes: [] }],
  ])('%s', (_name, raw, expected) => {
    const result = decodeRaw(notesDefinition, raw);
    expect(result).toMatchObject({ ok: true, value: expected });
  });

  test('reports the version it migrated from', () => {
    expect(decodeRaw(notesDefinition, fixture('notes.v1.json'))).toMatchObject({ migratedFrom: 1 });
    expect(decodeRaw(notesDefinition, fixture('notes.v3.json'))).not.toHaveProperty('migratedFrom');
  });

  test.each<[string, string, RegExp]>([
    ['truncated JSON', fixture('notes.truncated.json'), /not valid JSON/],
    ['plain text', 'hello', /not valid JSON/],
    ['an array', '[1,2]', /not a MedMentor record/],
    ['null', 'null', /not a MedMentor record/],
    ['no version', '{"notes":[]}', /no valid version/],
    ['version 0', '{"version":0}', /no valid version/],
    ['fractional version', '{"version":1.5}', /no valid version/],
    [
      'a newer version',
      fixture('notes.newer.json'),
      /newer version of MedMentor \(format 9; this version reads up to 3\)/,
    ],
    ['the wrong shape', fixture('notes.wrong-shape.json'), /expected shape at notes\.0\./],
    ['a migration that throws', '{"version":2,"notes":null}', /updating it from format 2 failed/],
  ])('%s is refused with a reason', (_name, raw, reason) => {
    const result = decodeRaw(notesDefinition, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  test('a migration that gives something other than a record is refused, saying so', () => {
    const broken = {
      ...notesDefinition,
      migrations: { ...notesDefinition.migrations, 2: () => 'oops' },
    };
    const result = decodeRaw(broken, fixture('notes.v2.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^it does not have the expected shape: \S/);
  });

  test('a version with no migration is refused', () => {
    const gap = { ...notesDefinition, migrations: { 2: notesDefinition.migrations[2]! } };
    expect(decodeRaw(gap, fixture('notes.v1.json'))).toMatchObject({
      ok: false,
      reason: 'no way to update it from format 1',
    });
  });
});
