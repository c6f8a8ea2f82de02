/**
 * The data layer's runtime: what My data shows about values set aside (quarantine), about a
 * storage that is full or broken, and how much is stored. Against the localStorage double.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { quarantineRecordSchema } from '~/lib/schemas/quarantine';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { QUARANTINE_PREFIX, storeTitle } from '~/lib/storage/keys';
import {
  $quarantine,
  $storageStatus,
  backend,
  clearFailure,
  discardQuarantined,
  isBlocked,
  listQuarantine,
  quarantine,
  removeAllOwnKeys,
  storageUsage,
  useBackend,
  write,
} from '~/lib/storage/runtime';
import { FakeStorage } from '../../support/fake-storage';

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  useBackend(webStorageBackend(storage));
});
afterEach(() => {
  removeAllOwnKeys();
  useBackend(memoryBackend());
});

const at = new Date('2026-11-24T12:00:00.000Z');
const quarantined = () =>
  Object.keys(storage.dump()).filter((key) => key.startsWith(QUARANTINE_PREFIX));

describe('quarantine', () => {
  test('sets the value aside as a record that says why and when, and removes the original', () => {
    storage.setItem('medmentor:plan', '{"version":1,"goals":"oops"}');
    quarantine('plan', '{"version":1,"goals":"oops"}', 'it does not have the expected shape', at);
    expect(storage.getItem('medmentor:plan')).toBeNull();
    const key = `medmentor:quarantine:plan:${at.getTime()}`;
    const record = quarantineRecordSchema.parse(JSON.parse(storage.getItem(key) ?? ''));
    expect(record).toEqual({
      version: 1,
      store: 'plan',
      reason: 'it does not have the expected shape',
      at: '2026-11-24T12:00:00.000Z',
      raw: '{"version":1,"goals":"oops"}',
    });
    expect($quarantine.get()).toEqual([
      {
        key,
        store: 'plan',
        reason: 'it does not have the expected shape',
        at: '2026-11-24T12:00:00.000Z',
        raw: '{"version":1,"goals":"oops"}',
      },
    ]);
  });

  test('lists several set-aside values oldest first, each under its own key', () => {
    quarantine('plan', 'second', 'b', new Date(at.getTime() + 1000));
    quarantine('meetings', 'first', 'a', at);
    expect(listQuarantine().map((e) => [e.store, e.raw])).toEqual([
      ['meetings', 'first'],
      ['plan', 'second'],
    ]);
  });

  test.each<[string, string]>([
    ['text that is not JSON', '{not json'],
    ['JSON that is not a record', '[1, 2, 3]'],
    ['a record of a newer format', JSON.stringify({ version: 2, store: 'plan', raw: 'x' })],
    ['a record with a field missing', JSON.stringify({ version: 1, store: 'plan', reason: 'r' })],
    ['a record with a field of the wrong type', JSON.stringify({ version: 1, raw: 5 })],
  ])('%s under a quarantine key is offered as it is, byte for byte', (_name, value) => {
    storage.setItem('medmentor:quarantine:agreement:1764000000000', value);
    useBackend(webStorageBackend(storage));
    expect($quarantine.get()).toEqual([
      {
        key: 'medmentor:quarantine:agreement:1764000000000',
        store: 'agreement',
        reason: 'it could not be read',
        at: null,
        raw: value,
      },
    ]);
  });

  test('a key that vanishes between listing and reading is left out', () => {
    const flaky = memoryBackend({ 'medmentor:quarantine:plan:1': 'x' });
    useBackend({ ...flaky, get: () => null });
    expect(listQuarantine()).toEqual([]);
  });

  test('when storage is full, the value stays in place and is offered from memory', () => {
    storage.setItem('medmentor:plan', 'broken');
    storage.quota = 200;
    quarantine('plan', 'broken', 'it is not valid JSON', at);
    expect(storage.getItem('medmentor:plan')).toBe('broken');
    expect(quarantined()).toEqual([]);
    expect($quarantine.get()).toEqual([
      {
        key: `medmentor:quarantine:plan:${at.getTime()}`,
        store: 'plan',
        reason: 'it is not valid JSON',
        at: '2026-11-24T12:00:00.000Z',
        raw: 'broken',
        inPlace: true,
      },
    ]);
    // Until the person downloads or deletes it, the plan is read-only, so no save destroys it.
    expect(isBlocked('plan')).toBe(true);
    // Deleting it (the person's choice) removes it from its place too, and the plan works again.
    discardQuarantined($quarantine.get()[0]?.key ?? '');
    expect($quarantine.get()).toEqual([]);
    expect(storage.getItem('medmentor:plan')).toBeNull();
    expect(isBlocked('plan')).toBe(false);
  });

  test('deleting everything also forgets values offered from memory', () => {
    storage.quota = 100;
    quarantine('plan', 'x'.repeat(60), 'reason', at);
    expect($quarantine.get()).toHaveLength(1);
    storage.quota = Infinity;
    removeAllOwnKeys();
    expect($quarantine.get()).toEqual([]);
    expect(listQuarantine()).toEqual([]);
  });

  test('discarding one stored value keeps the others', () => {
    quarantine('plan', 'a', 'r', at);
    quarantine('plan', 'b', 'r', new Date(at.getTime() + 1));
    discardQuarantined(`medmentor:quarantine:plan:${at.getTime()}`);
    expect(listQuarantine().map((e) => e.raw)).toEqual(['b']);
    expect(quarantined()).toEqual([`medmentor:quarantine:plan:${at.getTime() + 1}`]);
  });
});

describe('writes and the storage status', () => {
  test('a write that fails is reported with its reason until that store saves', () => {
    storage.quota = 40;
    expect(write('medmentor:plan', 'x'.repeat(50))).toBe(false);
    expect($storageStatus.get()).toEqual({
      mode: 'local',
      failure: { reason: 'quota', key: 'medmentor:plan' },
    });
    // Another store saving does not hide the plan's failure.
    expect(write('medmentor:a', '1')).toBe(true);
    clearFailure('medmentor:a');
    expect($storageStatus.get().failure).toEqual({ reason: 'quota', key: 'medmentor:plan' });
    clearFailure('medmentor:plan');
    expect($storageStatus.get().failure).toBeNull();
  });

  test('storage that starts throwing (private mode, disabled by policy) is "unavailable"', () => {
    storage.broken = true;
    expect(write('medmentor:plan', '{}')).toBe(false);
    expect($storageStatus.get().failure).toEqual({ reason: 'unavailable', key: 'medmentor:plan' });
    // Reading and listing carry on with nothing rather than throwing.
    expect(backend.get('medmentor:plan')).toBeNull();
    expect(listQuarantine()).toEqual([]);
    expect(storageUsage()).toEqual([]);
    expect(() => removeAllOwnKeys()).not.toThrow();
  });

  test('switching to memory says so, and starts with no failure', () => {
    storage.quota = 0;
    write('medmentor:plan', 'x');
    useBackend(memoryBackend());
    expect($storageStatus.get()).toEqual({ mode: 'memory', failure: null });
  });
});

test('usage adds up each MedMentor key as browsers count it (two bytes a character)', () => {
  storage.setItem('medmentor:plan', 'abc');
  storage.setItem('medmentor:quarantine:plan:1', 'de');
  storage.setItem('elsewhere', 'not ours');
  expect(storageUsage()).toEqual([
    { key: 'medmentor:plan', bytes: ('medmentor:plan'.length + 3) * 2 },
    { key: 'medmentor:quarantine:plan:1', bytes: ('medmentor:quarantine:plan:1'.length + 2) * 2 },
  ]);
});

test.each([
  ['plan', 'Goal plans'],
  ['meta', 'Backup reminders'],
  ['a-tool-from-a-newer-version', 'a-tool-from-a-newer-version'],
])('the store "%s" is called "%s" in notices', (name, title) => {
  expect(storeTitle(name)).toBe(title);
});
