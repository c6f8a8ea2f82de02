/**
 * My data: exporting a backup, previewing and applying an import (merge or replace), deleting
 * everything, sharing with a mentor, and the backup reminder every data store feeds.
 */
import { describe, expect, test } from 'vitest';
import { backupSchema } from '~/lib/schemas/backup';
import { $quarantine, $unsaved, quarantine } from '~/lib/storage/runtime';
import { decodeShareFragment } from '~/lib/storage/share';
import { createBackup } from '~/lib/storage/backup';
import { storeTitles } from '~/lib/storage/keys';
import { assessments } from '~/lib/stores/assessments';
import {
  applyImport,
  createShare,
  deleteAllData,
  exportBackup,
  previewImport,
  shareOptions,
} from '~/lib/stores/data';
import { meta, metaDefinition, recordBackup } from '~/lib/stores/meta';
import { network } from '~/lib/stores/network';
import { agreement, meetings } from '~/lib/stores/partnership';
import { plan } from '~/lib/stores/plan';
import { prefs, prefsDefinition } from '~/lib/stores/prefs';
import { dataStores } from '~/lib/stores/registry';
import { contact, goal, meeting } from '../../support/records';
import { bandedAttempt } from '../../support/banded-attempt';
import { useFreshStores } from '../../support/stores';

const { storage } = useFreshStores();
const now = new Date(2026, 10, 24, 15, 30);

/** A backup file holding the given store values. */
const backupOf = (stores: Record<string, unknown>) =>
  JSON.stringify(createBackup(stores, new Date('2026-11-20T10:00:00.000Z')));

describe('exporting a backup', () => {
  test('holds every store as stored, is named by the local date, and resets the reminder', () => {
    plan.replace({ version: 1, goals: [goal('g1', 'Poster')] });
    prefs.replace({ version: 1, theme: 'dark' });
    expect(meta.read().changesSinceBackup).toBe(1);
    const { fileName, text } = exportBackup(now);
    expect(fileName).toBe('medmentor-backup-2026-11-24.json');
    const file = backupSchema.parse(JSON.parse(text));
    expect(Object.keys(file.stores).sort()).toEqual(
      dataStores.map((s) => s.definition.name).sort(),
    );
    expect(file.stores.plan).toEqual(plan.read());
    expect(file.stores.prefs).toEqual({ version: 1, theme: 'dark' });
    expect(file.stores.network).toEqual(network.read());
    // The reminder's own bookkeeping is not part of a backup.
    expect(file.stores).not.toHaveProperty('meta');
    expect(meta.read()).toMatchObject({
      lastBackupAt: now.toISOString(),
      changesSinceBackup: 0,
      firstChangeAt: null,
    });
  });
});

describe('importing a backup', () => {
  test('a file that is not a backup is refused with its message, and nothing is planned', () => {
    const preview = previewImport('name,goal\nA,B', 'merge');
    expect(preview).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a JSON file.*Nothing was changed/) as string,
    });
  });

  test('into an empty browser, each part is added', () => {
    const preview = previewImport(
      backupOf({ plan: { version: 1, goals: [goal('g1', 'Poster')] }, 'future-tool': {} }),
      'merge',
    );
    expect(preview).toMatchObject({ ok: true, unknownSections: ['future-tool'] });
    if (!preview.ok) return;
    expect(preview.changes.map((c) => [c.definition.name, c.action])).toEqual([['plan', 'add']]);
    expect(preview.changes[0]?.before).toBe('nothing yet');
    expect(preview.changes[0]?.after).toMatch(/\b1 goal\b/);
    // Nothing is written until the import is applied.
    expect(plan.read().goals).toEqual([]);
    expect(applyImport(preview.changes)).toEqual([]);
    expect(plan.read().goals.map((g) => g.title)).toEqual(['Poster']);
  });

  test.each<[string, 'merge' | 'replace', string, string[]]>([
    ['merge keeps what is here and adds what is new', 'merge', 'merge', ['Mine', 'Theirs']],
    ['replace swaps what is here for the backup', 'replace', 'replace', ['Theirs']],
  ])('%s', (_name, mode, action, titles) => {
    plan.replace({ version: 1, goals: [goal('g1', 'Mine')] });
    const preview = previewImport(
      backupOf({ plan: { version: 1, goals: [goal('g2', 'Theirs')] } }),
      mode,
    );
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.changes.map((c) => c.action)).toEqual([action]);
    applyImport(preview.changes);
    expect(plan.read().goals.map((g) => g.title)).toEqual(titles);
  });

  test('a part that is already here is left unchanged and not written again', () => {
    const same = { version: 1 as const, contacts: [contact('c1', 'Ana')] };
    network.replace(same);
    const before = meta.read().changesSinceBackup;
    const preview = previewImport(backupOf({ network: same }), 'merge');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.changes.map((c) => c.action)).toEqual(['unchanged']);
    expect(applyImport(preview.changes)).toEqual([]);
    expect(meta.read().changesSinceBackup).toBe(before);
  });

  test('preferences belong to this device: a merge keeps the ones here', () => {
    prefs.replace({ version: 1, theme: 'light' });
    const preview = previewImport(backupOf({ prefs: { version: 1, theme: 'dark' } }), 'merge');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.changes.map((c) => c.action)).toEqual(['unchanged']);
    applyImport(preview.changes);
    expect(prefs.read().theme).toBe('light');
  });

  test('parts that cannot be saved (storage full) are named; the others are saved', () => {
    const preview = previewImport(
      backupOf({
        plan: { version: 1, goals: [goal('g1', 'x'.repeat(150))] },
        agreement: { version: 1, fields: { purpose: 'Research' }, updatedAt: null },
      }),
      'replace',
    );
    if (!preview.ok) throw new Error(preview.message);
    // Room for the short agreement and the reminder's bookkeeping, not for the long plan.
    storage().quota = 900;
    expect(applyImport(preview.changes)).toEqual(['Goal plans']);
    // Not saved: storage keeps nothing; the imported plan stays on screen, marked unsaved.
    expect(storage().getItem('medmentor:plan')).toBeNull();
    expect($unsaved.get()).toEqual(['plan']);
    expect(agreement.read().fields.purpose).toBe('Research');
  });

  test('imported changes count toward the backup reminder, preferences excepted', () => {
    const preview = previewImport(
      backupOf({
        plan: { version: 1, goals: [goal('g1', 'Poster')] },
        meetings: { version: 1, meetings: [meeting('m1', '2026-11-01')] },
        prefs: { version: 1, theme: 'dark' },
      }),
      'replace',
    );
    if (!preview.ok) throw new Error(preview.message);
    applyImport(preview.changes);
    expect(meta.read().changesSinceBackup).toBe(2);
  });
});

test('deleting everything clears every tool, the reminder and set-aside values, and nothing else', () => {
  plan.replace({ version: 1, goals: [goal('g1', 'Poster')] });
  meetings.replace({ version: 1, meetings: [meeting('m1', '2026-11-01')] });
  prefs.replace({ version: 1, facilitator: true });
  quarantine('network', '{broken', 'it is not valid JSON');
  storage().setItem('another-app', 'keep me');
  deleteAllData();
  expect(storage().dump()).toEqual({ 'another-app': 'keep me' });
  for (const store of dataStores) expect(store.read()).toEqual(store.definition.initial);
  expect(plan.$value.get()).toEqual(plan.definition.initial);
  expect(meta.read()).toEqual(metaDefinition.initial);
  expect($quarantine.get()).toEqual([]);
});

describe('sharing with a mentor', () => {
  test('offers each part of each tool, with nothing to share until there is data', () => {
    const options = shareOptions();
    const ids = options.map((o) => o.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['assessment-results', 'goals', 'network-people', 'agreement']),
    );
    expect(options.every((o) => o.section === null)).toBe(true);
    // Private parts start unchecked.
    expect(options.find((o) => o.name === 'assessment-notes')?.defaultOn).toBe(false);
    expect(options.find((o) => o.name === 'goals')?.defaultOn).toBe(true);
  });

  test('shows the current summary of each part once there is data', () => {
    plan.replace({ version: 1, goals: [goal('g1', 'Poster')] });
    assessments.replace({ version: 2, drafts: {}, attempts: [bandedAttempt('a1')] });
    const byName = Object.fromEntries(shareOptions().map((o) => [o.name, o]));
    expect(byName.goals?.section?.title).toBe('Goals');
    expect(byName['assessment-results']?.section?.title).toBe('Self-assessment results');
    expect(byName.agreement?.section).toBeNull();
    // With the first name the person signs with, each section names them.
    const named = Object.fromEntries(shareOptions({ name: 'Ana' }).map((o) => [o.name, o]));
    expect(named.goals?.section?.title).toBe("Ana's goals");
    expect(named['assessment-results']?.section?.title).toBe("Ana's self-assessment results");
  });

  test('a short summary becomes a link that opens to exactly what was shared', async () => {
    const sections = [{ title: 'Goals', blocks: [{ type: 'list' as const, items: ['Poster'] }] }];
    const output = await createShare(sections, now);
    expect(output.kind).toBe('link');
    if (output.kind !== 'link') return;
    expect(await decodeShareFragment(output.fragment)).toEqual({
      ok: true,
      payload: {
        app: 'medmentor',
        kind: 'share',
        version: 2,
        createdAt: now.toISOString(),
        from: null,
        included: ['Goals'],
        sections,
      },
    });
  });
});

describe('the backup reminder', () => {
  test('counts each saved change of a data store, once, from the first change', () => {
    const first = new Date('2026-11-24T10:00:00.000Z');
    recordBackup(first);
    plan.update((p) => ({ ...p, goals: [goal('g1', 'Poster')] }));
    network.update((n) => ({ ...n, contacts: [contact('c1', 'Ana')] }));
    expect(meta.read()).toMatchObject({ changesSinceBackup: 2, lastBackupAt: first.toISOString() });
    expect(meta.read().firstChangeAt).not.toBeNull();
  });

  test('does not count small steps, preference toggles, or saves that failed', () => {
    plan.update((p) => p, { counts: false });
    prefs.replace({ version: 1, theme: 'dark' });
    storage().quota = 10;
    plan.update((p) => ({ ...p, goals: [goal('g1', 'Poster')] }));
    storage().quota = Infinity;
    expect(meta.read().changesSinceBackup).toBe(0);
  });

  test('describe says when the last backup was, if ever', () => {
    expect(metaDefinition.describe(metaDefinition.initial)).toBe('no backup yet');
    const text = metaDefinition.describe({
      ...metaDefinition.initial,
      lastBackupAt: '2026-11-24T12:00:00.000Z',
    });
    expect(text).toMatch(/^last backup /);
    expect(text).toContain('2026');
  });

  test('merging keeps the bookkeeping of this browser', () => {
    const here = { ...metaDefinition.initial, changesSinceBackup: 3 };
    expect(metaDefinition.merge(here, { ...here, changesSinceBackup: 9 })).toEqual(here);
  });
});

describe('preferences in My data', () => {
  test.each<[string, Parameters<typeof prefsDefinition.describe>[0], RegExp[]]>([
    ['nothing chosen', { version: 1 }, [/theme follows your device/, /facilitator view off/]],
    [
      'dark theme, facilitator view',
      { version: 1, theme: 'dark', facilitator: true },
      [/dark theme/, /facilitator view on/],
    ],
  ])('%s', (_name, value, texts) => {
    const text = prefsDefinition.describe(value);
    for (const expected of texts) expect(text).toMatch(expected);
  });
});

test('every registered store has its own key and a plain-language title', () => {
  const names = dataStores.map((s) => s.definition.name);
  expect(new Set(names).size).toBe(names.length);
  for (const { definition } of dataStores) {
    expect(storeTitles[definition.name], definition.name).toBe(definition.title);
    expect(definition.describe(definition.initial), definition.name).toBe(
      definition.name === 'prefs' ? prefsDefinition.describe({ version: 1 }) : 'nothing yet',
    );
  }
});
