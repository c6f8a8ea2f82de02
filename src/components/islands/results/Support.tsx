/**
 * The instrument's gentle pointer to the school's support text, when the answers say so
 * (worked out in src/lib/assessment/support-note.ts; the words come from the instrument).
 */
interface Props {
  note: { title: string; note: string } | null;
  /** The school's support text (medmentor.config.ts `supportText`), as paragraphs. */
  support: readonly string[];
}

export default function Support({ note, support }: Props) {
  if (!note) return null;
  return (
    <div class="notice notice--warning support-note" role="note">
      <p>
        <strong>{note.title}</strong> {note.note}
      </p>
      {support.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
