/**
 * Reading stored values: JSON, then version, then migrations, then the schema. Pure: the
 * caller decides what to do with a value that cannot be read (the data layer quarantines it).
 */
import type * as z from 'zod/mini';
import type { ItemList, StoreDefinition } from './define';

/** Items that failed their schema, taken out of an otherwise readable value. */
export interface Rejected {
  /** A value of the store holding only the rejected items, as JSON (what is set aside). */
  raw: string;
  /** Why, in plain words: "2 goals could not be read (goals.3.title: …)". */
  reason: string;
}

export type Decoded<T> =
  | { ok: true; value: T; migratedFrom?: number; rejected?: Rejected }
  | { ok: false; reason: string };

/** A schema problem in plain words, with where it is: "goals.0.title is longer than 200 characters". */
export function describeIssue(
  issue: z.core.$ZodIssue | undefined,
  under: PropertyKey[] = [],
): string {
  if (!issue) return 'invalid';
  const path = [...under, ...issue.path].map(String);
  const where = path.length ? path.join('.') : 'the value';
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `${where} is longer than ${String(issue.maximum)} characters`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return `${where} has more than ${String(issue.maximum)} items`;
  }
  return `${where}: ${issue.message}`;
}

/** Turns a parsed value into the current version of the store, or says why it cannot. */
export function decodeValue<T extends { version: number }>(
  def: StoreDefinition<T>,
  input: unknown,
): Decoded<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'it is not a MedMentor record' };
  }
  const version = (input as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'it has no valid version number' };
  }
  if (version > def.version) {
    return {
      ok: false,
      reason: `it was saved by a newer version of MedMentor (format ${version}; this version reads up to ${def.version})`,
    };
  }
  let value: unknown = input;
  for (let v = version; v < def.version; v++) {
    const migrate = def.migrations[v];
    if (!migrate) return { ok: false, reason: `no way to update it from format ${v}` };
    try {
      value = migrate(value);
    } catch (error) {
      return { ok: false, reason: `updating it from format ${v} failed (${String(error)})` };
    }
  }
  const parsed = def.schema.safeParse(value);
  const migratedFrom = version < def.version ? { migratedFrom: version } : {};
  if (parsed.success) return { ok: true, value: parsed.data, ...migratedFrom };
  const salvaged = salvage(def, value);
  if (salvaged) return { ok: true, ...salvaged, ...migratedFrom };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return {
    ok: false,
    reason: `it does not have the expected shape${where}: ${issue?.message ?? 'invalid'}`,
  };
}

/**
 * Reads a value item by item: the items of each list that pass their schema stay, the others
 * (and those past the list's limit) are returned as `rejected`. Null when the value is still
 * unreadable without them, or when no item was the problem.
 */
export function salvage<T extends { version: number }>(
  def: StoreDefinition<T>,
  value: unknown,
): { value: T; rejected: Rejected } | null {
  if (!def.items?.length || typeof value !== 'object' || value === null) return null;
  const kept: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const out: Record<string, unknown> = { version: def.version };
  const problems: string[] = [];
  let count = 0;
  for (const list of def.items) {
    const split = splitItems(list, kept[list.field]);
    if (!split || split.count === 0) continue;
    kept[list.field] = split.good;
    out[list.field] = split.bad;
    count += split.count;
    problems.push(
      `${String(split.count)} ${split.count === 1 ? list.noun.one : list.noun.other} (${split.problem})`,
    );
  }
  let parsed = def.schema.safeParse(kept);
  // Readable items past a list's limit: keep the first ones, set the rest aside.
  for (const list of def.items) {
    if (parsed.success) break;
    const issue = parsed.error.issues[0];
    const items: unknown = kept[list.field];
    if (issue?.code !== 'too_big' || issue.path.join('.') !== list.field || !Array.isArray(items))
      continue;
    const limit = Number(issue.maximum);
    kept[list.field] = items.slice(0, limit);
    out[list.field] = [
      ...((out[list.field] as unknown[] | undefined) ?? []),
      ...(items.slice(limit) as unknown[]),
    ];
    problems.push(
      `${String(items.length - limit)} past the limit of ${String(limit)} ${list.noun.other}`,
    );
    count += items.length - limit;
    parsed = def.schema.safeParse(kept);
  }
  if (!parsed.success || count === 0) return null;
  return {
    value: parsed.data,
    rejected: {
      raw: JSON.stringify(out),
      reason: `some items could not be read: ${problems.join('; ')}`,
    },
  };
}

/** The items of a list (an array, or a record keyed by id) that pass their schema, and the rest. */
function splitItems(
  list: ItemList,
  items: unknown,
): { good: unknown; bad: unknown; count: number; problem: string } | null {
  const entries: [string | number, unknown][] = Array.isArray(items)
    ? items.map((item, i) => [i, item])
    : typeof items === 'object' && items !== null
      ? Object.entries(items)
      : [];
  if (entries.length === 0) return null;
  const good: [string | number, unknown][] = [];
  const bad: [string | number, unknown][] = [];
  let problem = '';
  for (const [key, item] of entries) {
    const result = list.schema.safeParse(item);
    if (result.success) {
      good.push([key, result.data]);
    } else {
      bad.push([key, item]);
      problem ||= describeIssue(result.error.issues[0], [list.field, key]);
    }
  }
  const values = (pairs: [string | number, unknown][]) =>
    Array.isArray(items) ? pairs.map(([, item]) => item) : Object.fromEntries(pairs);
  return { good: values(good), bad: values(bad), count: bad.length, problem };
}

/**
 * Decodes a stored string: JSON, then as `decodeValue`. Repairing reads through it too (with a
 * schema that accepts anything), so both say the same about JSON, versions and migrations.
 */
export function decodeRaw<T extends { version: number }>(
  def: StoreDefinition<T>,
  raw: string,
): Decoded<T> {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  return decodeValue(def, input);
}

/** Encodes a value for storage. */
export function encode<T>(value: T): string {
  return JSON.stringify(value);
}
