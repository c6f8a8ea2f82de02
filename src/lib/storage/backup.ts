/**
 * Backups, pure: building the file, reading a file someone chose (which may be anything), and
 * planning an import as merge or replace. Nothing here touches storage; the My data island
 * applies a plan through the stores, so a bad file can never change anything.
 */
import { BACKUP_VERSION, backupSchema, fileHeaderSchema, type BackupFile } from '../schemas/backup';
import { formatNumber, pageLocale } from '../format';
import { decodeValue } from './codec';
import type { AnyStoreDefinition } from './define';
import { describePath, itemWords } from './repair';

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
    if (decoded.rejected) {
      // Items that fail their schema (an impossible date, an over-long text) are not dropped
      // quietly on import: the file is refused, saying which, and the person can correct it.
      return {
        ok: false,
        message: `The "${definition.title}" part of this backup cannot be read: ${decoded.rejected.reason}. ${unchanged}`,
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

/** A part both sides filled in differently, where the person picks which to keep. */
export interface MergeConflict {
  /** The part, e.g. "purpose". */
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

/**
 * A merge that can ask the person: the parts in conflict, and the merge keeping theirs for the
 * keys in `take` (mine for the others). The agreement merges this way, field by field.
 */
export interface FieldMerge {
  conflicts(current: { version: number }, incoming: { version: number }): MergeConflict[];
  merge(
    current: { version: number },
    incoming: { version: number },
    take: ReadonlySet<string>,
  ): { version: number };
}

export interface PlannedChange {
  definition: AnyStoreDefinition;
  /** What happens to this part: added where there was nothing, merged, or replaced. */
  action: 'add' | 'merge' | 'replace' | 'unchanged';
  /** Description of what is here now, and after the import. */
  before: string;
  after: string;
  /** The value to save. */
  value: { version: number };
  /** Parts filled in differently here and in the file (a field-by-field merge only). */
  conflicts: MergeConflict[];
  /** Why this part cannot be imported (it would pass a limit), or null. */
  refused: string | null;
}

export interface PlanOptions {
  /** Field-by-field merges, by store name. */
  fieldMerges?: Readonly<Record<string, FieldMerge>>;
  /** The conflicts where the person takes the file's part, as `store:key`. */
  take?: ReadonlySet<string>;
}

/** What an import would do to each part, given what is stored now. */
export function planImport(
  sections: readonly ParsedSection[],
  current: (definition: AnyStoreDefinition) => { version: number },
  mode: ImportMode,
  { fieldMerges = {}, take = new Set() }: PlanOptions = {},
): PlannedChange[] {
  return sections.map(({ definition, value: incoming }) => {
    const here = current(definition);
    const isEmpty = JSON.stringify(here) === JSON.stringify(definition.initial);
    const fields = mode === 'merge' && !isEmpty ? fieldMerges[definition.name] : undefined;
    const mine = new Set(
      [...take].flatMap((k) => {
        const prefix = `${definition.name}:`;
        return k.startsWith(prefix) ? [k.slice(prefix.length)] : [];
      }),
    );
    const merged =
      mode === 'replace' || isEmpty
        ? incoming
        : fields
          ? fields.merge(here, incoming, mine)
          : definition.merge(here, incoming);
    const checked = checkMerged(definition, merged);
    const value = checked.ok ? checked.value : here;
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
      conflicts: fields?.conflicts(here, incoming) ?? [],
      refused: checked.ok ? null : checked.message,
    };
  });
}

/**
 * A merged value checked with the store's own schema before anything is written: one that would
 * pass a limit is refused, naming the limit and the count ("Merging would give 2,150 goals; the
 * planner holds at most 2,000. Nothing was imported.").
 */
export function checkMerged(
  definition: AnyStoreDefinition,
  value: { version: number },
): { ok: true; value: { version: number } } | { ok: false; message: string } {
  const parsed = definition.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const nothing = 'Nothing was imported.';
  let items: unknown = value;
  for (const segment of issue?.path ?? []) items = (items as Record<PropertyKey, unknown>)[segment];
  if (issue?.code === 'too_big' && issue.origin === 'array' && Array.isArray(items)) {
    const locale = pageLocale();
    const list = String(issue.path.at(-1));
    const words = itemWords[list] ?? { other: list, holder: 'the tool holds' };
    const inside =
      issue.path.length > 1 ? ` in ${describePath(value, issue.path.slice(0, -1))}` : '';
    return {
      ok: false,
      message: `Merging would give ${formatNumber(items.length, locale)} ${words.other}${inside}; ${words.holder} at most ${formatNumber(Number(issue.maximum), locale)}. ${nothing}`,
    };
  }
  return {
    ok: false,
    message: `Merging would leave "${definition.title}" unreadable (${describePath(value, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}). ${nothing}`,
  };
}
