/**
 * How each store describes what it holds (My data, import previews): counts with their plural
 * forms from src/i18n/plural.ts, dates from src/lib/format.ts, never a hand-made ending.
 */
import { expect, test } from 'vitest';
import { formatTimestamp } from '~/lib/format';
import { assessmentsDefinition } from '~/lib/stores/assessments';
import { metaDefinition } from '~/lib/stores/meta';
import { matchingDefinition, networkDefinition } from '~/lib/stores/network';
import { agreementDefinition, meetingsDefinition } from '~/lib/stores/partnership';
import { prefsDefinition } from '~/lib/stores/prefs';
import { attempt, contact, draft as draftRecord } from '../../support/records';

const contacts = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    contact(`c${i}`, `C${i}`, {
      group: 'peer',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
  );
const meetings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    date: '2026-11-20',
    agenda: '',
    notes: '',
    actions: [],
  }));
const attempts = (n: number) => Array.from({ length: n }, (_, i) => attempt(`a${i}`, 'x'));
const draft = draftRecord();

test.each([
  [0, 'nothing yet'],
  [1, '1 person'],
  [2, '2 people'],
  [1200, '1,200 people'],
])('network with %i -> %s', (n, expected) => {
  expect(networkDefinition.describe({ version: 1, contacts: contacts(n) })).toBe(expected);
});

test.each([
  [0, 'nothing yet'],
  [1, '1 interest'],
  [3, '3 interests'],
])('matching with %i -> %s', (n, expected) => {
  const interests = Array.from({ length: n }, (_, i) => `i${i}`);
  expect(matchingDefinition.describe({ version: 1, interests })).toBe(expected);
});

test.each([
  [0, 'nothing yet'],
  [1, '1 meeting'],
  [2, '2 meetings'],
])('meetings with %i -> %s', (n, expected) => {
  expect(meetingsDefinition.describe({ version: 1, meetings: meetings(n) })).toBe(expected);
});

test.each([
  [0, 0, 'nothing yet'],
  [1, 0, '1 completed self-assessment'],
  [2, 1, '2 completed self-assessments, 1 in progress'],
  [0, 1, '0 completed self-assessments, 1 in progress'],
])('assessments with %i done and %i in progress -> %s', (done, open, expected) => {
  const drafts = open ? { x: draft } : {};
  expect(assessmentsDefinition.describe({ version: 2, drafts, attempts: attempts(done) })).toBe(
    expected,
  );
});

test('the agreement counts its parts filled in', () => {
  expect(agreementDefinition.describe({ version: 1, fields: {}, updatedAt: null })).toBe(
    'nothing yet',
  );
  expect(
    agreementDefinition.describe({
      version: 1,
      fields: { mentee: 'Sam', purpose: ' ', mentor: 'Dr. Lee' },
      updatedAt: null,
    }),
  ).toBe('2 of 10 parts filled in');
});

test('the last backup is a date like every other date', () => {
  const meta = { version: 1 as const, firstChangeAt: null, changesSinceBackup: 0 };
  expect(metaDefinition.describe({ ...meta, lastBackupAt: null })).toBe('no backup yet');
  const at = '2026-11-24T12:00:00.000Z';
  expect(metaDefinition.describe({ ...meta, lastBackupAt: at })).toBe(
    `last backup ${formatTimestamp(at, 'en')}`,
  );
});

test('preferences say what is set', () => {
  expect(prefsDefinition.describe({ version: 1 })).toBe(
    'theme follows your device, facilitator view off',
  );
});
