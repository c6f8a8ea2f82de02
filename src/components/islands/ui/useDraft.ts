/**
 * A field's unsaved typing, kept over saves made elsewhere, and told apart from a change made in
 * another tab meanwhile (the logic is src/lib/stores/draft.ts). The box shows `text`; `conflict`
 * is true when the stored value changed under the typing; the person then picks `keepMine` (the
 * typing is saved) or `useTheirs` (the typing is dropped).
 */
import { useState } from 'preact/hooks';
import { inConflict, keepMine, shownText, typed, type Draft } from '~/lib/stores/draft';

export function useDraft(stored: string, save: (text: string) => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const conflict = inConflict(draft, stored);
  return {
    text: shownText(draft, stored),
    conflict,
    input: (text: string) => setDraft((d) => typed(d, stored, text)),
    /** Saves the typing; while in conflict, only the person's choice saves. */
    commit: (text: string) => {
      if (conflict) return;
      save(text);
      setDraft(null);
    },
    /** Saves the typing over the other tab's text (and keeps it in the box). */
    keepMine: () => {
      if (!draft) return;
      save(draft.text);
      setDraft(keepMine(draft, stored));
    },
    useTheirs: () => setDraft(null),
  };
}
