/**
 * A read-only summary shared with a mentor (`/share/#...` link or a downloaded file). Tools
 * turn their data into generic blocks, so /share/ renders any tool's section without knowing
 * it, and always as text.
 *
 * Version 2: `{ app: "medmentor", kind: "share", version: 2, createdAt, from, included,
 * sections: [...] }`: `from` is the first name of the person who shared (or null), `included`
 * the labels of what they chose to send.
 * Version 1 had neither; `/share/` still opens it (`migrateShareV1`: no name, an empty
 * `included`, and /share/ shows only the sections).
 */
import * as z from 'zod/mini';
import { briefLimits } from './brief';

const text = z.string().check(z.maxLength(20_000));

export const shareBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text }),
  z.object({ type: z.literal('list'), items: z.array(text).check(z.maxLength(500)) }),
  z.object({
    type: z.literal('table'),
    caption: text,
    columns: z.array(text).check(z.maxLength(20)),
    rows: z.array(z.array(text)).check(z.maxLength(1000)),
  }),
]);

/** One section of the summary: a title and its blocks. */
export const shareSectionSchema = z.object({
  /** Section title, e.g. "Goals". */
  title: text,
  blocks: z.array(shareBlockSchema).check(z.maxLength(200)),
});

/** The limits of a summary that are not in the blocks: the sections and what was included. */
export const shareLimits = {
  /** The sender's first name: the brief's own limit. */
  from: briefLimits.name,
  /** Sections in one summary (and labels in `included`). */
  sections: 50,
  /** One label in `included`. */
  label: 200,
} as const;

const sections = z
  .array(shareSectionSchema)
  .check(z.minLength(1), z.maxLength(shareLimits.sections));

/** Version 1, read only to be migrated. */
export const shareSchemaV1 = z.object({
  app: z.literal('medmentor'),
  kind: z.literal('share'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  sections,
});

export const shareSchema = z.object({
  app: z.literal('medmentor'),
  kind: z.literal('share'),
  /** Format version. */
  version: z.literal(2),
  /** ISO time the summary was made. */
  createdAt: z.iso.datetime(),
  /** The first name of the person who shared it; null when they gave none. */
  from: z.nullable(z.string().check(z.minLength(1), z.maxLength(shareLimits.from))),
  /** The labels of the parts they chose to send, in order ("Goals", "Questions"). */
  included: z
    .array(z.string().check(z.maxLength(shareLimits.label)))
    .check(z.maxLength(shareLimits.sections)),
  sections,
});

export type SharePayload = z.infer<typeof shareSchema>;
export type SharePayloadV1 = z.infer<typeof shareSchemaV1>;

/** A version-1 summary as version 2: nobody named, and no list of what was included. */
export function migrateShareV1(v1: SharePayloadV1): SharePayload {
  return { ...v1, version: 2, from: null, included: [] };
}
/** A read-only summary block shown on /share/; rendered as text, never as HTML. */
export type ShareBlock = z.infer<typeof shareBlockSchema>;
export type ShareSection = z.infer<typeof shareSectionSchema>;
