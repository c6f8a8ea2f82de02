/**
 * The data layer as a tool uses it, against a localStorage double: corrupt and newer data is
 * quarantined (never lost), a full storage keeps the saved data intact, another tab's write is
 * never overwritten, and memory mode works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { createPersistentStore } from '~/lib/storage/persistent';
import {
  $quarantine,
  $storageStatus,
  discardQuarantined,
  listQuarantine,
  removeAllOwnKeys,
  storageUsage,
  useBackend,
} from '~/lib/storage/runtime';
import { FakeStorage } from '../../support/fake-storage';
import { notesDefinition, type Notes } from '../../support/notes-store';

const KEY = 'medmentor:test-notes';
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/storage', name), 'utf8');

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  useBackend(webStorageBackend(storage));
});
afterEach(() => useBackend(memoryBackend()));

const note = (id: string, text = id) => ({ id, text });

describe('reading', () => {
  test('an old version is migrated on read', () => {
    storage.setItem(KEY, fixture('notes.v1.json'));
    const store = createPersistentStore(notesDefinition);
    expect(store.$value.get().notes).toEqual([note('n1', 'Ask about the research elective')]);
  });

  test.each([
    ['corrupt JSON', fixture('notes.truncated.json'), /not valid JSON/],
    ['a newer version', fixture('notes.newer.json'), /newer version/],
    ['the wrong shape', fixture('notes.wrong-shape.json'), /expected shape/],
  ])('%s is moved to quarantine, byte for byte, and the app starts clean', (_name, raw, reason) => {
    storage.setItem(KEY, raw);
    storage.setItem('other-site:key', 'untouched');
    const store = createPersistentStore(notesDefinition);
    expect(store.$value.get()).toEqual(notesDefinition.initial);
    expect(storage.getItem(KEY)).toBeNull();
    const [entry, ...rest] = $quarantine.get();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ store: 'test-notes', raw });
    expect(entry?.reason).toMatch(reason);
    expect(entry?.key).toMatch(/^medmentor:quarantine:test-notes:\d+$/);
    expect(storage.getItem('other-site:key')).toBe('untouched');
    // The app carries on: a new value saves normally, and the set-aside value is still there.
    expect(store.update((v) => ({ ...v, notes: [note('a')] }))).toBe(true);
    expect(listQuarantine()[0]?.raw).toBe(raw);
  });

  test('a raw value the inline script set aside is listed too', () => {
    storage.setItem('medmentor:quarantine:prefs:1764000000000', '{not json');
    useBackend(webStorageBackend(storage));
    expect($quarantine.get()).toEqual([
      {
        key: 'medmentor:quarantine:prefs:1764000000000',
        store: 'prefs',
        reason: 'it could not be read',
        at: null,
        raw: '{not json',
      },
    ]);
  });

  test('discarding a quarantined value removes only it', () => {
    storage.setItem(KEY, 'broken');
    createPersistentStore(notesDefinition);
    const [entry] = $quarantine.get();
    discardQuarantined(entry?.key ?? '');
    expect($quarantine.get()).toEqual([]);
    expect(Object.keys(storage.dump())).toEqual([]);
  });

  test('when the quarantine cannot be written, the original stays and is still offered', () => {
    storage.setItem(KEY, 'broken');
    storage.quota = (KEY.length + 'broken'.length) * 2 + 10;
    const store = createPersistentStore(notesDefinition);
    expect(store.$value.get()).toEqual(notesDefinition.initial);
    expect(storage.getItem(KEY)).toBe('broken');
    expect($quarantine.get()[0]?.raw).toBe('broken');
  });
});

describe('writing', () => {
  test('update applies the change to what is stored now, so another tab is not overwritten', () => {
    const store = createPersistentStore(notesDefinition);
    store.update((v) => ({ ...v, notes: [note('mine')] }));
    // Another tab writes directly to storage; no storage event has reached this tab yet.
    storage.setItem(KEY, JSON.stringify({ version: 3, notes: [note('mine'), note('theirs')] }));
    store.update((v) => ({ ...v, notes: [...v.notes, note('mine-2')] }));
    const stored = JSON.parse(storage.getItem(KEY) ?? '') as Notes;
    expect(stored.notes.map((n) => n.id)).toEqual(['mine', 'theirs', 'mine-2']);
  });

  test('a full storage: the save fails visibly and the saved data stays intact', () => {
    const store = createPersistentStore(notesDefinition);
    store.update((v) => ({ ...v, notes: [note('kept')] }));
    const saved = storage.getItem(KEY);
    storage.quota = 200;
    const ok = store.update((v) => ({ ...v, notes: [...v.notes, note('big', 'x'.repeat(500))] }));
    expect(ok).toBe(false);
    expect(storage.getItem(KEY)).toBe(saved);
    expect($storageStatus.get().failure).toEqual({ reason: 'quota', key: KEY });
    // Space is freed: the next save works and the warning goes away.
    storage.quota = Infinity;
    expect(store.update((v) => ({ ...v, notes: [...v.notes, note('later')] }))).toBe(true);
    expect($storageStatus.get().failure).toBeNull();
  });

  test('memory mode keeps values for the page and says so', () => {
    const broken = new FakeStorage();
    broken.broken = true;
    useBackend(memoryBackend());
    expect($storageStatus.get().mode).toBe('memory');
    const store = createPersistentStore(notesDefinition);
    expect(store.update((v) => ({ ...v, notes: [note('a')] }))).toBe(true);
    expect(store.read().notes).toEqual([note('a')]);
  });

  test('clear forgets the value and leaves nothing stored', () => {
    const store = createPersistentStore(notesDefinition);
    store.update((v) => ({ ...v, notes: [note('a')] }));
    store.clear();
    expect(store.$value.get()).toEqual(notesDefinition.initial);
    expect(storage.getItem(KEY)).toBeNull();
  });
});

test('usage counts only MedMentor keys, and removing them leaves other keys alone', () => {
  storage.setItem('medmentor:a', '12345');
  storage.setItem('someone-else', 'x');
  expect(storageUsage()).toEqual([{ key: 'medmentor:a', bytes: (11 + 5) * 2 }]);
  removeAllOwnKeys();
  expect(storage.dump()).toEqual({ 'someone-else': 'x' });
});
