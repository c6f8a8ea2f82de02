/**
 * Deleting everything: the one delete that asks first instead of offering undo, because it
 * also removes what undo would need.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dismissUndo } from '~/lib/stores/undo';
import StatusLine, { useStatus } from '../ui/StatusLine';
import { dataActions } from './actions';

export default function DeleteAll() {
  const [status, say] = useStatus();
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const remove = async () => {
    (await dataActions()).deleteAllData();
    // Nothing deleted before may come back from an undo still on offer.
    dismissUndo();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-facilitator');
    setConfirming(false);
    say('All your MedMentor data has been deleted from this browser.');
  };

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all my data</h2>
      <p>
        This removes everything MedMentor has stored in this browser, including anything set aside.
        It cannot be undone, so export a backup first if you may want it later.
      </p>
      {confirming ? (
        <div class="notice notice--error" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete" class="notice-title">
            Delete everything now? This cannot be undone.
          </p>
          <p class="actions">
            <button type="button" class="button button--danger" onClick={() => void remove()}>
              Yes, delete everything
            </button>
            <button
              type="button"
              class="button button--quiet"
              ref={cancel}
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button type="button" class="button button--quiet" onClick={() => setConfirming(true)}>
          Delete all my data…
        </button>
      )}
      <StatusLine message={status.text} tone={status.tone} />
    </section>
  );
}
