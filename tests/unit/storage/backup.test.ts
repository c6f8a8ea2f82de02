import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prefsDefinition } from '~/lib/stores/prefs';
import {
  backupFileName,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  planImport,
  type ParsedSection,
} from '~/lib/storage/backup';
import { notesDefinition, type Notes } from '../../support/notes-store';

const definitions = [notesDefinition, prefsDefinition];
const file = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/imports', name), 'utf8');

describe('parseBackup refuses a bad file with a clear message and nothing to apply', () => {
  test.each<[string, string, RegExp]>([
    ['a CSV file', file('not-json.csv'), /not a MedMentor backup: it is not a JSON file/],
    ['an empty file', '', /not a JSON file/],
    ["another app's file", file('another-app.json'), /may come from another app/],
    ['a newer version', file('newer-version.json'), /newer version of MedMentor \(format 7\)/],
    ['a share file', file('share-file.json'), /summary shared with a mentor, not a backup/],
    ['a damaged header', file('bad-date.json'), /damaged/],
    [
      'an unreadable part',
      file('bad-section.json'),
      /"Test notes" part of this backup cannot be read/,
    ],
    [
      'a backup with nothing we know',
      '{"app":"medmentor","kind":"backup","version":1,"exportedAt":"2026-11-20T10:00:00.000Z","stores":{"x":{}}}',
      /nothing this version/,
    ],
    ['a file too large', `{"pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`, /too large .*limit is 5 MB/],
  ])('%s', (_name, text, message) => {
    const result = parseBackup(text, definitions);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });
});

test('an old backup is migrated part by part', () => {
  const result = parseBackup(file('old-notes.json'), definitions);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.sections.map((s) => [s.definition.name, s.value])).toEqual([
    ['test-notes', { version: 3, notes: [{ id: 'n1', text: 'From an old backup' }] }],
    ['prefs', { version: 1, theme: 'dark' }],
  ]);
});

test('parts from a newer tool are reported, not imported', () => {
  const result = parseBackup(file('with-unknown.json'), definitions);
  expect(result).toMatchObject({ ok: true, unknownSections: ['future-tool'] });
});

test('a backup with text that looks like HTML is refused when it breaks the schema', () => {
  const result = parseBackup(file('xss-prefs.json'), definitions);
  expect(result.ok).toBe(false);
});

describe('planImport', () => {
  const value: Notes = { version: 3, notes: [{ id: 'n2', text: 'new' }] };
  const incoming: ParsedSection = { definition: notesDefinition, value };
  const here: Notes = { version: 3, notes: [{ id: 'n1', text: 'mine' }] };

  test.each<[string, Notes, 'merge' | 'replace', string, string[]]>([
    ['into an empty browser', notesDefinition.initial, 'merge', 'add', ['n2']],
    ['merge with existing data', here, 'merge', 'merge', ['n1', 'n2']],
    ['replace existing data', here, 'replace', 'replace', ['n2']],
    [
      'the same data again',
      { version: 3, notes: [{ id: 'n2', text: 'new' }] },
      'merge',
      'unchanged',
      ['n2'],
    ],
  ])('%s', (_name, current, mode, action, ids) => {
    const [change] = planImport([incoming], () => current, mode);
    expect(change?.action).toBe(action);
    expect((change?.value as Notes).notes.map((n) => n.id)).toEqual(ids);
    expect(change?.before).toBe(notesDefinition.describe(current));
  });
});

test.each([
  ['2026-11-24T12:00:00', 'medmentor-backup-2026-11-24.json'],
  ['2026-01-05T00:30:00', 'medmentor-backup-2026-01-05.json'],
])('backupFileName(%s) -> %s', (local, expected) => {
  expect(backupFileName(new Date(local))).toBe(expected);
});

test('createBackup writes the header and the values as stored', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  expect(createBackup({ prefs: { version: 1 } }, now)).toEqual({
    app: 'medmentor',
    kind: 'backup',
    version: 1,
    exportedAt: '2026-11-24T12:00:00.000Z',
    stores: { prefs: { version: 1 } },
  });
});
