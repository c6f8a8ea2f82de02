/**
 * A field's typing while it is not yet saved (a draft), and what happens when the stored value
 * under it changes meanwhile. While a field holds a draft this page does not save that field, so
 * a change of the stored value can only come from elsewhere: another tab (storage events), or an
 * import. The person is then asked which text to keep; neither is ever dropped silently.
 */

/**
 * The mark of a form (or field) holding typing not yet saved: its `data-unsaved` value, which the
 * update banner shows while its reload waits (src/scripts/app.ts). The text lives here, with the
 * forms, so that pages without forms carry none of it.
 */
export const unsavedNote = (form: string): string =>
  `You are typing in “${form}”. Save or cancel it, and the page then reloads into the new version.`;

/** Typing not yet saved, and the stored text it started from. */
export interface Draft {
  /** What is in the box. */
  text: string;
  /** The stored text when the typing began (or when the person last chose to keep theirs). */
  base: string;
}

/** The draft after one more keystroke; `stored` is the field's stored text now. */
export function typed(draft: Draft | null, stored: string, text: string): Draft {
  return { text, base: draft?.base ?? stored };
}

/** The draft holds typing of its own (not only the text it started from). */
function edited(draft: Draft | null): draft is Draft {
  return draft !== null && draft.text !== draft.base;
}

/** The stored text changed elsewhere under a draft, and differs from what was typed. */
export function inConflict(draft: Draft | null, stored: string): boolean {
  return edited(draft) && stored !== draft.base && stored !== draft.text;
}

/**
 * What the box shows: the typing, unless there is none of its own (then the stored text, so a
 * change made elsewhere simply appears).
 */
export function shownText(draft: Draft | null, stored: string): string {
  return edited(draft) ? draft.text : stored;
}

/** "Keep mine": the typing stays, now counted as made over the other tab's text. */
export function keepMine(draft: Draft, stored: string): Draft {
  return { text: draft.text, base: stored };
}

/**
 * For a form saved as a whole: the fields whose stored value changed elsewhere since the form
 * started (`start`), where the person also typed something else.
 */
export function changedUnder<T extends { [K in keyof T]: string | null }>(
  draft: T,
  start: T,
  stored: T,
): (keyof T)[] {
  return (Object.keys(start) as (keyof T)[]).filter((key) =>
    inConflict({ text: draft[key] ?? '', base: start[key] ?? '' }, stored[key] ?? ''),
  );
}

/** "Use the other tab's" for a form saved as a whole: those fields take the stored values. */
export function takeStored<T extends object>(draft: T, stored: T, keys: readonly (keyof T)[]): T {
  const next = { ...draft };
  for (const key of keys) next[key] = stored[key];
  return next;
}
