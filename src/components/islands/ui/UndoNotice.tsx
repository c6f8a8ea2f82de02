/**
 * The undo offer after a delete (src/lib/stores/undo.ts): one line with an Undo button, then
 * what undoing did. Every tool shows this one, so deleting works the same way everywhere:
 * StorageNotices, at the top of every tool, loads it with the other rare notices and keeps it
 * in a live region that is already in the page, so the offer is announced. Being outside a
 * tool's screens, the offer stays while the person moves between them.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $undo, undoLast, type UndoOffer } from '~/lib/stores/undo';

/** What pressing Undo said, and for which offer. */
type Result = { ok: boolean; message: string; offer: UndoOffer };

export default function UndoNotice() {
  const offer = useStore($undo);
  const [result, setResult] = useState<Result | null>(null);
  // A new delete replaces what the last Undo said; a failed Undo stays beside its offer.
  useEffect(() => {
    if (offer) setResult((r) => (r?.offer === offer ? r : null));
  }, [offer]);
  const shown = result && (!offer || offer === result.offer) ? result : null;
  const undo = (current: UndoOffer) => {
    const said = undoLast();
    setResult(said && { ...said, offer: current });
  };
  return (
    <>
      {offer && (
        <p class="notice undo-offer">
          <span>{offer.message}</span>{' '}
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => undo(offer)}
          >
            Undo
          </button>
        </p>
      )}
      {shown && (
        <p class={shown.ok ? 'notice notice--success' : 'notice notice--error'}>{shown.message}</p>
      )}
    </>
  );
}
