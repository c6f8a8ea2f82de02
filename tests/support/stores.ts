/**
 * Every store test starts from an empty browser: a fresh localStorage double behind the data
 * layer, every store re-read from it, no undo on offer. After each test the stores are cleared,
 * so no value leaks into the next test (or file).
 */
import { afterEach, beforeEach } from 'vitest';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { removeAllOwnKeys, useBackend } from '~/lib/storage/runtime';
import { meta } from '~/lib/stores/meta';
import { dataStores } from '~/lib/stores/registry';
import { dismissUndo } from '~/lib/stores/undo';
import { FakeStorage } from './fake-storage';

const all = [...dataStores, meta];

/** Registers the hooks; `storage()` is the current test's localStorage double. */
export function useFreshStores(): { storage: () => FakeStorage } {
  let storage = new FakeStorage();
  beforeEach(() => {
    storage = new FakeStorage();
    useBackend(webStorageBackend(storage));
    for (const store of all) store.refresh();
  });
  afterEach(() => {
    dismissUndo();
    for (const store of all) store.clear();
    removeAllOwnKeys();
    useBackend(memoryBackend());
  });
  return { storage: () => storage };
}

/** The value stored under a MedMentor key, parsed; null when nothing is stored. */
export function stored(storage: FakeStorage, name: string): unknown {
  const raw = storage.getItem(`medmentor:${name}`);
  return raw === null ? null : JSON.parse(raw);
}
