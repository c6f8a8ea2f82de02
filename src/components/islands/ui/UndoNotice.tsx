/**
 * The undo offer after a delete (src/lib/stores/undo.ts): one line in a live region with an
 * Undo button. Every tool shows this one, so deleting works the same way everywhere.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $undo, undoLast } from '~/lib/stores/undo';

export default function UndoNotice() {
  const offer = useStore($undo);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const shown = offer ? null : result;
  return (
    <div role="status" class="undo-notice">
      {offer && (
        <p class="notice undo-offer">
          <span>{offer.message}</span>{' '}
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => setResult(undoLast())}
          >
            Undo
          </button>
        </p>
      )}
      {shown && (
        <p class={shown.ok ? 'notice notice--success' : 'notice notice--error'}>{shown.message}</p>
      )}
    </div>
  );
}
