/**
 * Backups, pure: building the file, reading a file someone chose (which may be anything), and
 * planning an import as merge or replace. Nothing here touches storage; the My data island
 * applies a plan through the stores, so a bad file can never change anything.
 */
import { BACKUP_VERSION, backupSchema, fileHeaderSchema, type BackupFile } from '../schemas/backup';
import { decodeValue } from './codec';
import type { AnyStoreDefinition } from './define';

/** Larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** The backup of the given store values. */
export function createBackup(values: Record<string, unknown>, now: Date): BackupFile {
  return {
    app: 'medmentor',
    kind: 'backup',
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    stores: values,
  };
}

/** `medmentor-backup-2026-11-24.json`, in the person's local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `medmentor-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export interface ParsedSection {
  definition: AnyStoreDefinition;
  value: { version: number };
}

export type ParsedBackup =
  | { ok: true; exportedAt: string; sections: ParsedSection[]; unknownSections: string[] }
  | { ok: false; message: string };

const unchanged = 'Nothing was changed.';

/** Reads a backup file's text; every failure is a message a person can act on. */
export function parseBackup(
  text: string,
  definitions: readonly AnyStoreDefinition[],
): ParsedBackup {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BACKUP_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `This file is too large to be a MedMentor backup (${mb} MB; the limit is 5 MB). ${unchanged}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `This file is not a MedMentor backup: it is not a JSON file. ${unchanged}`,
    };
  }
  const header = fileHeaderSchema.safeParse(json);
  if (!header.success) {
    return {
      ok: false,
      message: `This file is not a MedMentor backup. It may come from another app, or be a different kind of file. ${unchanged}`,
    };
  }
  if (header.data.kind === 'share') {
    return {
      ok: false,
      message: `This file is a summary shared with a mentor, not a backup. Open it on the shared summary page instead. ${unchanged}`,
    };
  }
  if (header.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup was made by a newer version of MedMentor (format ${header.data.version}). Import it on a site that runs the newer version. ${unchanged}`,
    };
  }
  const file = backupSchema.safeParse(json);
  if (!file.success) {
    return {
      ok: false,
      message: `This backup file is damaged: its contents are not in the expected shape. ${unchanged}`,
    };
  }
  const sections: ParsedSection[] = [];
  for (const definition of definitions) {
    if (!(definition.name in file.data.stores)) continue;
    const decoded = decodeValue(definition, file.data.stores[definition.name]);
    if (!decoded.ok) {
      return {
        ok: false,
        message: `The "${definition.title}" part of this backup cannot be read: ${decoded.reason}. ${unchanged}`,
      };
    }
    sections.push({ definition, value: decoded.value });
  }
  const known = new Set(definitions.map((d) => d.name));
  const unknownSections = Object.keys(file.data.stores).filter((name) => !known.has(name));
  if (sections.length === 0) {
    return {
      ok: false,
      message: `This backup has nothing this version of MedMentor can import. ${unchanged}`,
    };
  }
  return { ok: true, exportedAt: file.data.exportedAt, sections, unknownSections };
}

export type ImportMode = 'merge' | 'replace';

export interface PlannedChange {
  definition: AnyStoreDefinition;
  /** What happens to this part: added where there was nothing, merged, or replaced. */
  action: 'add' | 'merge' | 'replace' | 'unchanged';
  /** Description of what is here now, and after the import. */
  before: string;
  after: string;
  /** The value to save. */
  value: { version: number };
}

/** What an import would do to each part, given what is stored now. */
export function planImport(
  sections: readonly ParsedSection[],
  current: (definition: AnyStoreDefinition) => { version: number },
  mode: ImportMode,
): PlannedChange[] {
  return sections.map(({ definition, value: incoming }) => {
    const here = current(definition);
    const isEmpty = JSON.stringify(here) === JSON.stringify(definition.initial);
    const value = mode === 'replace' || isEmpty ? incoming : definition.merge(here, incoming);
    const action =
      JSON.stringify(value) === JSON.stringify(here)
        ? 'unchanged'
        : isEmpty
          ? 'add'
          : mode === 'replace'
            ? 'replace'
            : 'merge';
    return {
      definition,
      action,
      before: definition.describe(here),
      after: definition.describe(value),
      value,
    };
  });
}
