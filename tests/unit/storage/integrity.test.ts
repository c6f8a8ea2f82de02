/**
 * Never lose a word, at the data layer: a change that would not read back is refused and changes
 * nothing; a change the browser refuses stays on screen, unsaved, and later changes build on it
 * until a retry saves it; an unreadable value is salvaged item by item; a value that cannot be
 * set aside keeps its place and its store is read-only; sessionStorage stands in for a refused
 * localStorage.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { memoryBackend, openBackend, webStorageBackend } from '~/lib/storage/backend';
import { decodeRaw } from '~/lib/storage/codec';
import { defineStore } from '~/lib/storage/define';
import { createPersistentStore } from '~/lib/storage/persistent';
import {
  $quarantine,
  $storageStatus,
  $unsaved,
  discardQuarantined,
  isBlocked,
  releaseInPlace,
  retryUnsaved,
  useBackend,
  wouldLoseData,
} from '~/lib/storage/runtime';
import { FakeStorage } from '../../support/fake-storage';

const itemSchema = z.object({ id: z.string(), text: z.string().check(z.maxLength(20)) });
const listSchema = z.object({
  version: z.literal(1),
  items: z.array(itemSchema).check(z.maxLength(3)),
});
type List = z.infer<typeof listSchema>;
const KEY = 'medmentor:test-list';
const definition = defineStore<List>({
  name: 'test-list',
  title: 'Test list',
  version: 1,
  schema: listSchema,
  migrations: {},
  initial: { version: 1, items: [] },
  items: [{ field: 'items', schema: itemSchema, noun: { one: 'item', other: 'items' } }],
  describe: (v) => `${v.items.length} items`,
  merge: (a) => a,
});
const item = (id: string, text = id) => ({ id, text });
const add =
  (id: string, text = id) =>
  (v: List) => ({ ...v, items: [...v.items, item(id, text)] });

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  useBackend(webStorageBackend(storage));
});
afterEach(() => useBackend(memoryBackend()));

const storedIds = () =>
  (JSON.parse(storage.getItem(KEY) ?? '{"items":[]}') as List).items.map((i) => i.id);

describe('write equals read', () => {
  test.each([
    ['an over-long text', add('a', 'x'.repeat(21)), /items\.1\.text is longer than 20 characters/],
    [
      'one item past the limit',
      (v: List) => ({ ...v, items: ['a', 'b', 'c', 'd'].map((id) => item(id)) }),
      /items has more than 3 items/,
    ],
  ])('%s is refused with the reason, and nothing changes', (_name, change, reason) => {
    const store = createPersistentStore(definition);
    expect(store.update(add('kept'))).toBe(true);
    expect(store.update(change)).toBe(false);
    expect(storedIds()).toEqual(['kept']);
    expect(store.$value.get().items.map((i) => i.id)).toEqual(['kept']);
    expect($storageStatus.get().failure).toMatchObject({ reason: 'invalid', key: KEY });
    expect($storageStatus.get().failure?.message).toMatch(reason);
    // The next good change saves and the message goes.
    expect(store.update(add('next'))).toBe(true);
    expect($storageStatus.get().failure).toBeNull();
  });
});

describe('honest saving', () => {
  test('a refused write stays on screen, unsaved; the next change builds on it; retry saves both', () => {
    const store = createPersistentStore(definition);
    store.update(add('saved'));
    storage.quota = 0;
    expect(store.update(add('first'))).toBe(false);
    expect(store.update(add('second'))).toBe(false);
    expect(store.$value.get().items.map((i) => i.id)).toEqual(['saved', 'first', 'second']);
    expect(storedIds()).toEqual(['saved']);
    expect($unsaved.get()).toEqual(['test-list']);
    expect($storageStatus.get().failure).toEqual({ reason: 'quota', key: KEY });
    expect(wouldLoseData()).toBe(true);
    expect(retryUnsaved()).toBe(false);
    storage.quota = Infinity;
    expect(retryUnsaved()).toBe(true);
    expect(storedIds()).toEqual(['saved', 'first', 'second']);
    expect($unsaved.get()).toEqual([]);
    expect($storageStatus.get().failure).toBeNull();
    expect(wouldLoseData()).toBe(false);
  });

  test('after a refused write, the next successful change saves the unsaved one too', () => {
    const store = createPersistentStore(definition);
    storage.quota = 0;
    store.update(add('first'));
    storage.quota = Infinity;
    expect(store.update(add('second'))).toBe(true);
    expect(storedIds()).toEqual(['first', 'second']);
  });
});

describe('salvage, item by item', () => {
  test('only the bad items are set aside; the rest stays and is written back', () => {
    const raw = JSON.stringify({
      version: 1,
      items: [item('a'), item('long', 'x'.repeat(30)), item('b'), { id: 7 }],
    });
    storage.setItem(KEY, raw);
    const store = createPersistentStore(definition);
    expect(store.$value.get().items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(storedIds()).toEqual(['a', 'b']);
    const [entry, ...rest] = $quarantine.get();
    expect(rest).toEqual([]);
    expect(entry?.reason).toMatch(/2 items \(items\.1\.text is longer than 20 characters\)/);
    expect(JSON.parse(entry?.raw ?? '')).toEqual({
      version: 1,
      items: [item('long', 'x'.repeat(30)), { id: 7 }],
    });
    // Read again: nothing more is set aside.
    store.refresh();
    expect($quarantine.get()).toHaveLength(1);
  });

  test('items past the limit are set aside, the first ones stay', () => {
    const decoded = decodeRaw(
      definition,
      JSON.stringify({ version: 1, items: ['a', 'b', 'c', 'd', 'e'].map((id) => item(id)) }),
    );
    expect(decoded).toMatchObject({
      ok: true,
      value: { items: [item('a'), item('b'), item('c')] },
    });
    expect(decoded.ok && JSON.parse(decoded.rejected?.raw ?? '')).toEqual({
      version: 1,
      items: [item('d'), item('e')],
    });
  });

  test('a value that is not a list of items is set aside whole', () => {
    expect(decodeRaw(definition, '{"version":1,"items":"nope"}')).toMatchObject({ ok: false });
  });
});

describe('a value that cannot be set aside', () => {
  test('keeps its place; the store is read-only until it is downloaded', () => {
    storage.setItem(KEY, 'broken');
    storage.quota = (KEY.length + 'broken'.length) * 2 + 10;
    const store = createPersistentStore(definition);
    expect(isBlocked('test-list')).toBe(true);
    expect(store.update(add('a'))).toBe(false);
    expect($storageStatus.get().failure).toEqual({ reason: 'blocked', key: KEY });
    expect(storage.getItem(KEY)).toBe('broken');
    expect($quarantine.get()).toHaveLength(1);
    releaseInPlace($quarantine.get()[0]?.key ?? '');
    expect(isBlocked('test-list')).toBe(false);
    storage.quota = Infinity;
    expect(store.update(add('a'))).toBe(true);
    expect(storedIds()).toEqual(['a']);
  });

  test('once there is room, it is set aside after all, and the store works again', () => {
    storage.setItem(KEY, 'broken');
    storage.quota = (KEY.length + 'broken'.length) * 2 + 10;
    const store = createPersistentStore(definition);
    storage.quota = Infinity;
    expect(store.update(add('a'))).toBe(true);
    expect(isBlocked('test-list')).toBe(false);
    expect($quarantine.get().map((e) => [e.raw, e.inPlace])).toEqual([['broken', undefined]]);
  });

  test('or deleted, by the person', () => {
    storage.setItem(KEY, 'broken');
    storage.quota = (KEY.length + 'broken'.length) * 2 + 10;
    createPersistentStore(definition);
    discardQuarantined($quarantine.get()[0]?.key ?? '');
    expect(storage.getItem(KEY)).toBeNull();
    expect(isBlocked('test-list')).toBe(false);
  });
});

describe('openBackend', () => {
  test('localStorage refused: sessionStorage keeps things for the visit', () => {
    const local = new FakeStorage();
    local.broken = true;
    const session = new FakeStorage();
    const backend = openBackend(
      () => local,
      () => session,
    );
    expect(backend.mode).toBe('session');
    backend.set('medmentor:x', '1');
    expect(session.getItem('medmentor:x')).toBe('1');
  });

  test('a private window with no room at all is not used; nor is its session storage', () => {
    const local = new FakeStorage();
    local.quota = 0;
    const session = new FakeStorage();
    session.quota = 0;
    expect(
      openBackend(
        () => local,
        () => session,
      ).mode,
    ).toBe('memory');
  });

  test('a full storage that holds data is still used (it reads, and says when a write fails)', () => {
    const local = new FakeStorage({ 'medmentor:plan': '{}' });
    local.quota = 10;
    expect(
      openBackend(
        () => local,
        () => undefined,
      ).mode,
    ).toBe('local');
  });

  test('memory mode with something entered would lose it on leaving', () => {
    useBackend(memoryBackend());
    expect(wouldLoseData()).toBe(false);
    createPersistentStore(definition).update(add('a'));
    expect(wouldLoseData()).toBe(true);
  });
});
