/**
 * Property: whatever a person has stored, exporting a backup and importing it into an empty
 * browser gives exactly the same data back. Every registered store must have an arbitrary
 * here, so a new tool cannot join the registry untested.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { useBackend } from '~/lib/storage/runtime';
import { applyImport, exportBackup, previewImport } from '~/lib/stores/data';
import { dataStores } from '~/lib/stores/registry';
import { FakeStorage } from '../../support/fake-storage';

const arbitraries: Record<string, fc.Arbitrary<{ version: number }>> = {
  prefs: fc.record(
    {
      version: fc.constant(1 as const),
      theme: fc.constantFrom('light' as const, 'dark' as const),
      facilitator: fc.boolean(),
    },
    { requiredKeys: ['version'] },
  ),
};

const snapshot = () => Object.fromEntries(dataStores.map((s) => [s.definition.name, s.read()]));

beforeEach(() => useBackend(webStorageBackend(new FakeStorage())));
afterEach(() => useBackend(memoryBackend()));

test('every registered store has an arbitrary for this test', () => {
  for (const store of dataStores)
    expect(arbitraries, store.definition.name).toHaveProperty(store.definition.name);
});

test('export, then import into an empty browser, gives exactly the same data', () => {
  const all = fc.record(
    Object.fromEntries(dataStores.map((s) => [s.definition.name, arbitraries[s.definition.name]!])),
  );
  fc.assert(
    fc.property(all, (values) => {
      useBackend(webStorageBackend(new FakeStorage()));
      for (const store of dataStores) store.replace(values[store.definition.name]);
      const before = snapshot();
      const { text } = exportBackup(new Date('2026-11-24T12:00:00Z'));

      useBackend(webStorageBackend(new FakeStorage()));
      for (const store of dataStores) store.clear();
      const preview = previewImport(text, 'replace');
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      expect(applyImport(preview.changes)).toEqual([]);
      expect(snapshot()).toEqual(before);
    }),
    { numRuns: 200 },
  );
});
