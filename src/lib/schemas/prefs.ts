/**
 * Preferences, stored at `medmentor:prefs`. Written by the inline preferences script (theme and
 * facilitator toggles, see storage/prefs-script.ts) and read here for backups.
 *
 * Version 1: `{ version: 1, theme?: "light" | "dark", facilitator?: boolean }`.
 * No theme means "follow the device".
 */
import * as z from 'zod/mini';

export const prefsSchema = z.object({
  /** Format version. */
  version: z.literal(1),
  /** Chosen theme; absent: follow the device setting. */
  theme: z.optional(z.enum(['light', 'dark'])),
  /** Whether facilitator notes are shown. Default: false. */
  facilitator: z.optional(z.boolean()),
});

export type Prefs = z.infer<typeof prefsSchema>;
