/**
 * The one delete pattern: a delete happens at once and can be undone for a while after. Every
 * tool offers undo through `offerUndo`; `<UndoNotice>` (components/islands/ui) shows the
 * offer, announces it and runs it. The offer lives in this store, not in a component, so it
 * survives moving between a tool's screens.
 *
 * Only the latest delete can be undone: a new offer replaces the previous one, which then stays
 * deleted (as in mail and file apps).
 */
import { atom } from 'nanostores';

/** How long an undo stays on offer, in seconds. */
export const UNDO_SECONDS = 10;

export interface UndoOffer {
  /** What was deleted, for the notice, e.g. `Deleted "Learn ultrasound basics".` */
  message: string;
  /** What is said once it was restored, e.g. `Restored "Learn ultrasound basics".` */
  restored: string;
  /** Puts the deleted item back; false when it could not be saved. */
  undo: () => boolean;
}

export const $undo = atom<UndoOffer | null>(null);

let timer: ReturnType<typeof setTimeout> | undefined;

/** Offers to undo a delete that just happened, for `UNDO_SECONDS`. */
export function offerUndo(offer: UndoOffer, seconds = UNDO_SECONDS): void {
  clearTimeout(timer);
  $undo.set(offer);
  timer = setTimeout(() => {
    if ($undo.get() === offer) $undo.set(null);
  }, seconds * 1000);
}

/**
 * Runs the current undo. Returns what to announce: the restored message, an error when the
 * restore could not be saved (the offer then stays, to try again), or null with nothing on offer.
 */
export function undoLast(): { ok: boolean; message: string } | null {
  const offer = $undo.get();
  if (!offer) return null;
  if (!offer.undo()) {
    return { ok: false, message: 'Could not restore it: this browser did not save the change.' };
  }
  clearTimeout(timer);
  $undo.set(null);
  return { ok: true, message: offer.restored };
}

/** Withdraws the offer (the person moved on, or everything was deleted). */
export function dismissUndo(): void {
  clearTimeout(timer);
  $undo.set(null);
}

/** The keys of `S` that hold a list of `T`. */
type ListOf<S, T> = { [K in keyof S]: S[K] extends readonly T[] ? K : never }[keyof S];

/**
 * The undo of a delete from a list in a store: puts `item` back with `place` (in order, or where
 * it was), unless an item with its id is there again (a restore in another tab), which it leaves
 * as it is. False when that could not be saved.
 */
export function putBack<S, T extends { id: string }>(
  store: { update: (change: (current: S) => S) => boolean },
  field: ListOf<S, T>,
  item: T,
  place: (list: readonly T[]) => T[],
): () => boolean {
  return () =>
    store.update((s) => {
      const list = s[field] as readonly T[];
      return list.some((x) => x.id === item.id) ? s : { ...s, [field]: place(list) };
    });
}
