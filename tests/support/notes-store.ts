/**
 * A store used only by tests, with three format versions, to exercise migrations the way real
 * tools will: v1 `{ version, text }`, v2 `{ version, notes: string[] }`,
 * v3 `{ version, notes: { id, text }[] }`. Fixtures: tests/fixtures/storage/notes.v*.json.
 */
import * as z from 'zod/mini';
import { defineStore } from '~/lib/storage/define';

const noteSchema = z.object({ id: z.string().check(z.minLength(1)), text: z.string() });
export const notesSchema = z.object({ version: z.literal(3), notes: z.array(noteSchema) });
export type Notes = z.infer<typeof notesSchema>;

export const notesDefinition = defineStore<Notes>({
  name: 'test-notes',
  title: 'Test notes',
  version: 3,
  schema: notesSchema,
  migrations: {
    1: (old) => {
      const { text } = old as { text: string };
      return { version: 2, notes: text ? [text] : [] };
    },
    2: (old) => {
      const { notes } = old as { notes: string[] };
      return { version: 3, notes: notes.map((text, i) => ({ id: `n${i + 1}`, text })) };
    },
  },
  initial: { version: 3, notes: [] },
  describe: (v) => (v.notes.length === 1 ? '1 note' : `${v.notes.length} notes`),
  merge: (current, incoming) => ({
    version: 3,
    notes: [
      ...current.notes,
      ...incoming.notes.filter((n) => !current.notes.some((c) => c.id === n.id)),
    ],
  }),
});
