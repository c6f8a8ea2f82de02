/**
 * "Try to restore": a value that was set aside (or its downloaded raw file, imported on My
 * data) is repaired as far as it safely can be (storage/repair.ts), merged into what the tool
 * holds now with the store's own merge, so nothing here is lost, and checked against the
 * store's limits. The preview says what will be added and what was changed; only Restore
 * writes. Loaded on first use: tool pages ship none of this.
 */
import { pluralCount } from '../../i18n/plural';
import { formatNumber, pageLocale } from '../format';
import { checkMerged } from '../storage/backup';
import type { AnyStoreDefinition } from '../storage/define';
import { itemWords, repairValue, type RepairChange } from '../storage/repair';
import { discardQuarantined, returnToQuarantine } from '../storage/runtime';
import { dataStores } from './registry';

export type RecoveryPreview =
  | {
      ok: true;
      /** The store it goes back to, e.g. "plan", and its title. */
      store: string;
      title: string;
      /** What the tool gains, then what the repair changed, in short sentences. */
      summary: string[];
      /** Each change in detail: "The title of the goal "…" was shortened from 250 characters to 200." */
      details: string[];
    }
  | { ok: false; message: string };

export type RestoreResult =
  | {
      ok: true;
      message: string;
      /** Puts back what the tool held before and the set-aside value (for `offerUndo`). */
      undo: () => boolean;
    }
  | { ok: false; message: string };

const storeOf = (name: string) => dataStores.find((store) => store.definition.name === name);

/** The repaired value merged into what the store holds now, checked; or why it cannot be. */
function plan(name: string, raw: string) {
  const store = storeOf(name);
  if (!store) {
    return {
      ok: false as const,
      message: `This version of MedMentor has no tool called "${name}".`,
    };
  }
  const { definition } = store;
  const repaired = repairValue(definition, raw);
  if (!repaired.ok) {
    return {
      ok: false as const,
      message: `This cannot be restored to ${definition.title}: ${repaired.reason}. Nothing was changed.`,
    };
  }
  const here = store.read();
  const empty = JSON.stringify(here) === JSON.stringify(definition.initial);
  const checked = checkMerged(
    definition,
    empty ? repaired.value : definition.merge(here, repaired.value),
  );
  if (!checked.ok) return { ok: false as const, message: checked.message };
  return { ok: true as const, store, here, value: checked.value, changes: repaired.changes };
}

/** What restoring `raw` to the store `name` would do; nothing is written. */
export function previewRecovery(name: string, raw: string): RecoveryPreview {
  const planned = plan(name, raw);
  if (!planned.ok) return planned;
  const { definition } = planned.store;
  return {
    ok: true,
    store: name,
    title: definition.title,
    summary: [added(definition, planned.here, planned.value), ...summarize(planned.changes)],
    details: planned.changes.map((change) => change.text),
  };
}

/**
 * Restores `raw` to the store `name`, merged with what is there now; on success the set-aside
 * value `key` (if any) is removed. The result's `undo` puts both back.
 */
export function restoreRecovered(name: string, raw: string, key?: string): RestoreResult {
  const planned = plan(name, raw);
  if (!planned.ok) return planned;
  if (!planned.store.replace(planned.value)) {
    return {
      ok: false,
      message: 'It could not be saved: storage is full or not available. Nothing was changed.',
    };
  }
  const entry = key ? discardQuarantined(key) : null;
  const { store, here, value } = planned;
  return {
    ok: true,
    message: `Restored to ${store.definition.title}: ${store.definition.describe(value)}.`,
    undo: () => store.replace(here) && (!entry || returnToQuarantine(entry)),
  };
}

const recoveredName = /^medmentor-recovered-([a-z][a-z-]*?)-\d{4}-\d{2}-\d{2}(?: ?\(\d+\))?\.txt$/;

/**
 * The store a downloaded raw value belongs to: by its file name
 * (`medmentor-recovered-plan-2026-11-29.txt`), else the first store that can read it and
 * knows every part of it. Null when it is no MedMentor value.
 */
export function recognizeRecovered(fileName: string, text: string): string | null {
  const named = recoveredName.exec(fileName)?.[1];
  if (named && storeOf(named)) return named;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const keys = Object.keys(json).filter((k) => k !== 'version');
  if (keys.length === 0) return null;
  // Only a store whose schema knows every part is tried (a backup file is no store's value).
  const found = dataStores.find(({ definition }) => {
    const shape = (definition.schema as { shape?: Record<string, unknown> }).shape ?? {};
    return keys.every((k) => k in shape) && repairValue(definition, text).ok;
  });
  return found?.definition.name ?? null;
}

/** "2 goals will be added." for lists of items; otherwise the store's description now and after. */
function added(
  definition: AnyStoreDefinition,
  here: { version: number },
  value: { version: number },
): string {
  const locale = pageLocale();
  const lines = Object.entries(value).flatMap(([field, items]) => {
    const words = itemWords[field];
    const before = (here as Record<string, unknown>)[field];
    if (!words || !Array.isArray(items) || !Array.isArray(before)) return [];
    const ids = new Set(before.map((item: { id?: unknown }) => item.id));
    const count = items.filter((item: { id?: unknown }) => !ids.has(item.id)).length;
    return count
      ? [pluralCount(locale, count, { one: `{n} ${words.one}`, other: `{n} ${words.other}` })]
      : [];
  });
  if (lines.length) return `${lines.join(', ')} will be added.`;
  const now = definition.describe(here);
  const after = definition.describe(value);
  return now === after
    ? `Nothing new will be added to ${definition.title}: everything in it is already there.`
    : `${definition.title}: ${now} now, ${after} after.`;
}

/** "1 text was shortened to 200 characters.", "1 impossible date was cleared." */
function summarize(changes: readonly RepairChange[]): string[] {
  const locale = pageLocale();
  const count = (kind: RepairChange['kind'], limit?: number) =>
    changes.filter((c) => c.kind === kind && (limit === undefined || c.limit === limit)).length;
  const limits = [
    ...new Set(changes.filter((c) => c.kind === 'shortened').map((c) => c.limit ?? 0)),
  ].sort((a, b) => a - b);
  const lines = limits.map((limit) =>
    pluralCount(
      locale,
      count('shortened', limit),
      {
        one: '{n} text was shortened to {limit} characters.',
        other: '{n} texts were shortened to {limit} characters.',
      },
      { limit: formatNumber(limit, locale) },
    ),
  );
  const forms: [RepairChange['kind'], string, string][] = [
    ['cleared', '{n} impossible date was cleared.', '{n} impossible dates were cleared.'],
    ['trimmed', '{n} list was cut to its limit.', '{n} lists were cut to their limit.'],
    [
      'removed',
      '{n} item could not be repaired and will be left out.',
      '{n} items could not be repaired and will be left out.',
    ],
  ];
  for (const [kind, one, other] of forms) {
    const n = count(kind);
    if (n) lines.push(pluralCount(locale, n, { one, other }));
  }
  return lines;
}
