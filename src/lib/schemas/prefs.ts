/**
 * Preferences, stored at `medmentor:prefs`. Written by the inline preferences script (theme and
 * facilitator toggles, see src/scripts/prefs.ts) and read here for backups.
 *
 * Version 1: `{ version: 1, theme?: "light" | "dark", facilitator?: boolean }`.
 * No theme means "follow the device".
 */
import * as z from 'zod/mini';

/** The current format version, also written by the inline script (which cannot load zod). */
export const PREFS_VERSION = 1;

export const prefsSchema = z.object({
  /** Format version. */
  version: z.literal(PREFS_VERSION),
  /** Chosen theme; absent: follow the device setting. */
  theme: z.optional(z.enum(['light', 'dark'])),
  /** Whether facilitator notes are shown. Default: false. */
  facilitator: z.optional(z.boolean()),
});

export type Prefs = z.infer<typeof prefsSchema>;
