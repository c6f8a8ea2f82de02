/**
 * Fixtures go through the real schemas: every file in tests/fixtures is declared here as valid
 * (and parses with the current schemas, after migration for old versions) or broken (and fails
 * for the stated reason), so a schema change that silently turns a "broken" fixture valid, or a
 * valid one broken, fails here rather than in an e2e run. The e2e seed builders and the unit
 * test record builders must make valid records too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assessmentsSchema, attemptSchema, draftSchema } from '~/lib/schemas/assessments';
import { backupSchema, fileHeaderSchema } from '~/lib/schemas/backup';
import { contactSchema, networkSchema } from '~/lib/schemas/network';
import { meetingSchema } from '~/lib/schemas/partnership';
import { planSchema } from '~/lib/schemas/plan';
import { prefsSchema } from '~/lib/schemas/prefs';
import { parseBackup } from '~/lib/storage/backup';
import { readShareFile } from '~/lib/storage/share';
import { decodeRaw, decodeValue } from '~/lib/storage/codec';
import type { AnyStoreDefinition } from '~/lib/storage/define';
import { assessmentsDefinition } from '~/lib/stores/assessments';
import { dataStores } from '~/lib/stores/registry';
import * as seed from '../e2e/support/data';
import { notesDefinition } from '../support/notes-store';
import * as records from '../support/records';

const root = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const definitions: AnyStoreDefinition[] = [
  notesDefinition,
  ...dataStores.map((store) => store.definition),
];

/** "path: message" of the first issue of a failed parse. */
const firstIssue = (issues: { path: PropertyKey[]; message: string }[]) =>
  `${issues[0]?.path.join('.')}: ${issues[0]?.message}`;

type Check =
  | { valid: true; check: (text: string) => void }
  | { valid: false; reason: RegExp; check: (text: string) => string };

/** Each backup or share file a person might choose on My data or /share/. */
const imports: Record<string, Check> = {
  'imports/old-notes.json': {
    valid: true,
    check: (text) => {
      const file = backupSchema.parse(JSON.parse(text));
      // A version-1 notes value, migrated to the current version.
      expect(decodeValue(notesDefinition, file.stores['test-notes'])).toMatchObject({
        ok: true,
        migratedFrom: 1,
        value: { version: 3 },
      });
      expect(prefsSchema.safeParse(file.stores.prefs).success).toBe(true);
      expect(parseBackup(text, definitions).ok).toBe(true);
    },
  },
  'imports/with-unknown.json': {
    valid: true,
    check: (text) => {
      const file = backupSchema.parse(JSON.parse(text));
      expect(prefsSchema.safeParse(file.stores.prefs).success).toBe(true);
      expect(parseBackup(text, definitions)).toMatchObject({
        ok: true,
        unknownSections: ['future-tool'],
      });
    },
  },
  'imports/share-file.json': {
    valid: true,
    // A valid summary for /share/ (version 1, which still opens), which My data must not take
    // for a backup.
    check: (text) => {
      expect(readShareFile(text)).toMatchObject({ ok: true, payload: { version: 2, from: null } });
      expect(parseBackup(text, definitions)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/summary shared with a mentor, not a backup/) as string,
      });
    },
  },
  'imports/not-json.csv': {
    valid: false,
    reason: /it is not a JSON file/,
    check: (text) => (parseBackup(text, definitions) as { message: string }).message,
  },
  'imports/another-app.json': {
    valid: false,
    reason: /^app: /,
    check: (text) => {
      const header = fileHeaderSchema.safeParse(JSON.parse(text));
      return header.success ? 'valid' : firstIssue(header.error.issues);
    },
  },
  'imports/newer-version.json': {
    valid: false,
    reason: /^version: /,
    check: (text) => {
      expect(fileHeaderSchema.safeParse(JSON.parse(text)).success).toBe(true);
      const file = backupSchema.safeParse(JSON.parse(text));
      return file.success ? 'valid' : firstIssue(file.error.issues);
    },
  },
  'imports/bad-date.json': {
    valid: false,
    reason: /^exportedAt: /,
    check: (text) => {
      const file = backupSchema.safeParse(JSON.parse(text));
      return file.success ? 'valid' : firstIssue(file.error.issues);
    },
  },
  'imports/bad-section.json': {
    valid: false,
    reason: /^it does not have the expected shape at notes\.0\./,
    check: (text) => {
      const file = backupSchema.parse(JSON.parse(text));
      const decoded = decodeValue(notesDefinition, file.stores['test-notes']);
      return decoded.ok ? 'valid' : decoded.reason;
    },
  },
  ...Object.fromEntries(
    ['imports/bad-prefs.json', 'imports/xss-prefs.json'].map((path) => [
      path,
      {
        valid: false,
        reason: /^theme: /,
        check: (text: string) => {
          const prefs = prefsSchema.safeParse(backupSchema.parse(JSON.parse(text)).stores.prefs);
          return prefs.success ? 'valid' : firstIssue(prefs.error.issues);
        },
      } satisfies Check,
    ]),
  ),
};

/** Values as a browser may have stored them, for the codec and quarantine tests. */
const storage: Record<string, Check> = {
  ...Object.fromEntries(
    ['storage/notes.v1.json', 'storage/notes.v2.json', 'storage/notes.v3.json'].map((path) => [
      path,
      {
        valid: true,
        check: (text: string) => {
          const decoded = decodeRaw(notesDefinition, text);
          expect(decoded.ok, path).toBe(true);
          if (decoded.ok) expect(decoded.value.notes.length).toBeGreaterThan(0);
        },
      } satisfies Check,
    ]),
  ),
  'storage/assessments.v1.json': {
    valid: true,
    check: (text) => {
      const decoded = decodeRaw(assessmentsDefinition, text);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.value.attempts).toHaveLength(2);
    },
  },
  'storage/prefs.v1.json': {
    valid: true,
    check: (text) => expect(prefsSchema.parse(JSON.parse(text))).toMatchObject({ version: 1 }),
  },
  'storage/notes.truncated.json': {
    valid: false,
    reason: /^it is not valid JSON$/,
    check: (text) => reasonOf(text),
  },
  'storage/notes.newer.json': {
    valid: false,
    reason: /saved by a newer version of MedMentor \(format 9/,
    check: (text) => reasonOf(text),
  },
  'storage/notes.wrong-shape.json': {
    valid: false,
    reason: /^it does not have the expected shape at notes\.0\./,
    check: (text) => reasonOf(text),
  },
};

function reasonOf(text: string): string {
  const decoded = decodeRaw(notesDefinition, text);
  return decoded.ok ? 'valid' : decoded.reason;
}

const declared = { ...imports, ...storage };

test('every fixture file is declared here as valid or broken', () => {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.[a-z]+$/.test(path))
    .map((path) => relative(root, join(root, path)));
  expect(files.sort()).toEqual(Object.keys(declared).sort());
});

describe.each(Object.entries(declared))('%s', (path, expected) => {
  if (expected.valid) {
    test('is valid with the current schemas', () => expected.check(read(path)));
  } else {
    test(`fails for its reason (${String(expected.reason)})`, () => {
      expect(expected.check(read(path))).toMatch(expected.reason);
    });
  }
});

describe('seed data builders', () => {
  test('the e2e goal and step builders make valid plans, as the e2e specs use them', () => {
    const plan = {
      version: 1,
      goals: [
        seed.goal('g1', 'Present a case at research rounds', {
          steps: [
            seed.step('s1', 'Pick a case', { due: '2026-12-01' }),
            seed.step('s2', 'Draft slides', { done: true, doneAt: '2026-11-20T10:00:00.000Z' }),
          ],
        }),
        seed.goal('g2', 'Archived goal', { targetDate: '2026-12-24', archived: true }),
      ],
    };
    const parsed = planSchema.safeParse(plan);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test.each<[string, { safeParse: (v: unknown) => { success: boolean } }, unknown]>([
    [
      'goal',
      planSchema,
      { version: 1, goals: [records.goal('g', 'Goal', { steps: [records.step('s', 'Step')] })] },
    ],
    ['contact', contactSchema, records.contact('c', 'Ana')],
    ['network', networkSchema, { version: 1, contacts: [records.contact('c', 'Ana')] }],
    ['meeting', meetingSchema, records.meeting('m', '2026-11-01')],
    ['draft', draftSchema, records.draft()],
    ['attempt', attemptSchema, records.attempt('a', 'mentoring-needs')],
    [
      'assessments',
      assessmentsSchema,
      { version: 2, drafts: { x: records.draft() }, attempts: [records.attempt('a', 'x')] },
    ],
  ])('the unit test %s builder makes a valid record', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});
