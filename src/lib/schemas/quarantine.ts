/**
 * A value set aside because it could not be read, stored at
 * `medmentor:quarantine:<store>:<time in ms>` (see storage/keys.ts).
 *
 * Version 1: `{ version: 1, store, reason, at, raw }`, where `raw` is the value exactly as it was
 * stored. Older pages (and a full storage) may have set aside the bare raw value instead of a
 * record; readers treat anything that does not parse here as such a bare value.
 */
import * as z from 'zod/mini';

export const QUARANTINE_VERSION = 1;

export const quarantineRecordSchema = z.object({
  /** Format version. */
  version: z.literal(QUARANTINE_VERSION),
  /** The store the value came from, e.g. "plan". */
  store: z.string(),
  /** Why it could not be read, in plain words. */
  reason: z.string(),
  /** When it was set aside (ISO 8601). */
  at: z.string(),
  /** The value exactly as it was stored. */
  raw: z.string(),
});

export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;
