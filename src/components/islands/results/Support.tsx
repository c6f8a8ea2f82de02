/** A gentle pointer to the school's support text, when answers suggest isolation or exhaustion. */
const feelings: Record<string, string> = {
  isolation: 'alone or cut off',
  exhaustion: 'worn out',
};

interface Props {
  concerns: readonly string[];
  /** The school's support text (medmentor.config.ts `supportText`), as paragraphs. */
  support: readonly string[];
}

export default function Support({ concerns, support }: Props) {
  const words = concerns.map((c) => feelings[c] ?? c);
  if (words.length === 0) return null;
  return (
    <div class="notice notice--warning support-note" role="note">
      <p>
        <strong>Support is available.</strong> Some of your answers suggest you may be feeling{' '}
        {words.join(' and ')} at the moment. That is common in training, and it is worth talking to
        someone about it.
      </p>
      {support.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
