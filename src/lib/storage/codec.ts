/**
 * Reading stored values: JSON, then version, then migrations, then the schema. Pure: the
 * caller decides what to do with a value that cannot be read (the data layer quarantines it).
 */
import type { StoreDefinition } from './define';

export type Decoded<T> =
  { ok: true; value: T; migratedFrom?: number } | { ok: false; reason: string };

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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      reason: `it does not have the expected shape${where}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return version < def.version
    ? { ok: true, value: parsed.data, migratedFrom: version }
    : { ok: true, value: parsed.data };
}

/** Decodes a stored string. */
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
