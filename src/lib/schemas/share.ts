/**
 * A read-only summary shared with a mentor (`/share/#...` link or a downloaded file). Tools
 * turn their data into generic blocks, so /share/ renders any tool's section without knowing
 * it, and always as text.
 *
 * Version 1: `{ app: "medmentor", kind: "share", version: 1, createdAt, sections: [...] }`.
 */
import * as z from 'zod/mini';

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

export const shareSchema = z.object({
  app: z.literal('medmentor'),
  kind: z.literal('share'),
  /** Format version. */
  version: z.literal(1),
  /** ISO time the summary was made. */
  createdAt: z.iso.datetime(),
  sections: z.array(shareSectionSchema).check(z.minLength(1), z.maxLength(50)),
});

export type SharePayload = z.infer<typeof shareSchema>;
/** A read-only summary block shown on /share/; rendered as text, never as HTML. */
export type ShareBlock = z.infer<typeof shareBlockSchema>;
export type ShareSection = z.infer<typeof shareSectionSchema>;
