/**
 * Actions over all of a person's data: export, import, delete everything, and share with a
 * mentor. The My data and share islands call these; the logic itself is in src/lib/storage.
 */
import type { SharePayload } from '../schemas/share';
import { formatBytes } from '../format';
import {
  backupFileName,
  MAX_BACKUP_BYTES,
  createBackup,
  parseBackup,
  planImport,
  type FieldMerge,
  type ImportMode,
  type MergeConflict,
  type PlannedChange,
} from '../storage/backup';
import type { Agreement } from '../schemas/partnership';
import { shareLimits, type ShareSection } from '../schemas/share';
import type { ShareWho } from '../storage/define';
import { removeAllOwnKeys } from '../storage/runtime';
import { encodeShareFragment, SHARE_LINK_LIMIT, shareFileText } from '../storage/share';
import { meta, recordBackup } from './meta';
import { agreementFields, filled, mergeAgreement } from './partnership';
import { dataStores } from './registry';
import { shareParts } from './share-parts';

const definitions = dataStores.map((store) => store.definition);

/** The backup file of everything stored now; records the backup for the nudge. */
export function exportBackup(now = new Date()): { fileName: string; text: string } {
  const values = Object.fromEntries(
    dataStores.map((store) => [store.definition.name, store.read()]),
  );
  const text = JSON.stringify(createBackup(values, now), null, 2);
  recordBackup(now);
  return { fileName: backupFileName(now), text };
}

/**
 * Reads a backup file the person chose. One too large is refused before it is read, so a huge
 * file never freezes the page.
 */
export async function readBackupFile(
  file: Pick<File, 'size' | 'text'>,
  locale: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      message: `This file is too large to be a MedMentor backup (${formatBytes(file.size, locale)}; the limit is ${formatBytes(MAX_BACKUP_BYTES, locale)}). Nothing was changed.`,
    };
  }
  return { ok: true, text: await file.text() };
}

export type ImportPreview =
  | { ok: true; exportedAt: string; changes: PlannedChange[]; unknownSections: string[] }
  | { ok: false; message: string };

/**
 * The parts of the agreement filled in both here and in an imported file, differently: a merge
 * keeps mine unless the person takes the file's. (Here, not with the store, so tool pages do
 * not ship it.)
 */
export function agreementConflicts(current: Agreement, incoming: Agreement): MergeConflict[] {
  return Object.entries(incoming.fields).flatMap(([key, theirs]) => {
    const mine = current.fields[key];
    if (!filled(mine) || !filled(theirs) || mine.trim() === theirs.trim()) return [];
    const label = agreementFields.find((f) => f.key === key)?.label ?? key;
    return [{ key, label, mine, theirs }];
  });
}

/** Stores whose merge asks the person about parts filled in differently on both sides. */
const fieldMerges: Record<string, FieldMerge> = {
  agreement: {
    conflicts: (current, incoming) =>
      agreementConflicts(current as Agreement, incoming as Agreement),
    merge: (current, incoming, take) =>
      mergeAgreement(current as Agreement, incoming as Agreement, take),
  },
};

const currentValue = (definition: { name: string }) =>
  dataStores.find((store) => store.definition.name === definition.name)?.read() ?? { version: 0 };

/**
 * What importing `text` would change; nothing is written. `take` holds the conflicts
 * (`store:key`) where the person takes the file's part. A merge that would pass a limit is
 * refused here, with the limit and the counts.
 */
export function previewImport(
  text: string,
  mode: ImportMode,
  take: ReadonlySet<string> = new Set(),
): ImportPreview {
  const parsed = parseBackup(text, definitions);
  if (!parsed.ok) return parsed;
  const changes = planImport(parsed.sections, currentValue, mode, { fieldMerges, take });
  const refused = changes.find((change) => change.refused);
  if (refused?.refused) return { ok: false, message: refused.refused };
  return {
    ok: true,
    exportedAt: parsed.exportedAt,
    changes,
    unknownSections: parsed.unknownSections,
  };
}

/** Applies a previewed import; returns the titles of parts that could not be saved. */
export function applyImport(changes: readonly PlannedChange[]): string[] {
  const failed: string[] = [];
  for (const change of changes) {
    if (change.action === 'unchanged') continue;
    const store = dataStores.find((s) => s.definition.name === change.definition.name);
    if (!store?.replace(change.value)) failed.push(change.definition.title);
  }
  return failed;
}

/** Deletes every MedMentor value in this browser, including set-aside ones. */
export function deleteAllData(): void {
  for (const store of dataStores) store.clear();
  meta.clear();
  removeAllOwnKeys();
}

export interface ShareOption {
  name: string;
  label: string;
  defaultOn: boolean;
  /** The summary, or null when the tool has nothing to share yet. */
  section: ShareSection | null;
}

/** The parts that can be shared, with their current summaries. */
export function shareOptions(who: ShareWho = { name: null }): ShareOption[] {
  return dataStores.flatMap((store) => {
    const value = store.read();
    return (shareParts[store.definition.name] ?? []).map((option) => ({
      name: option.id,
      label: option.label,
      defaultOn: option.defaultOn,
      section: option.summarize(value, who),
    }));
  });
}

export type ShareOutput =
  { kind: 'link'; fragment: string } | { kind: 'file'; fileName: string; text: string };

/**
 * A link when it is short enough, otherwise a file. `from` is the first name the person signs
 * with (null: none); what was included is the sections' titles, as the mentor reads them.
 */
export async function createShare(
  sections: ShareSection[],
  now = new Date(),
  from: string | null = null,
): Promise<ShareOutput> {
  const payload: SharePayload = {
    app: 'medmentor',
    kind: 'share',
    version: 2,
    createdAt: now.toISOString(),
    from: from?.trim().slice(0, shareLimits.from) || null,
    included: sections.map((section) => section.title.slice(0, shareLimits.label)),
    sections,
  };
  const fragment = await encodeShareFragment(payload);
  if (fragment.length <= SHARE_LINK_LIMIT) return { kind: 'link', fragment };
  return {
    kind: 'file',
    fileName: backupFileName(now).replace('backup', 'summary'),
    text: shareFileText(payload),
  };
}

/** What an import does to one part, in words: "will be merged: 2 meetings now, 5 meetings after". */
export function changeText(change: Pick<PlannedChange, 'action' | 'before' | 'after'>): string {
  switch (change.action) {
    case 'unchanged':
      return `no change (${change.before})`;
    case 'add':
      return `will be added (${change.after})`;
    case 'merge':
      return `will be merged: ${change.before} now, ${change.after} after`;
    case 'replace':
      return `will be replaced: ${change.before} now, ${change.after} after`;
  }
}
