/**
 * Past check-ins, newest first: the day, which mentorship, and the answer to each statement,
 * each with Delete (undone from the notice at the top of the tool).
 */
import { useStore } from '@nanostores/preact';
import { answerLabel, checkInStatements } from '~/lib/checkins/statements';
import { formatDay } from '~/lib/format';
import type { CheckIn } from '~/lib/schemas/checkins';
import { $relationshipNames } from '~/lib/stores/checkin-views';
import { checkInActions } from '~/lib/stores/checkins';
import { offerUndo } from '~/lib/stores/undo';
import StatusLine, { useStatus } from '../ui/StatusLine';
import Summary from '../ui/Summary';

interface Props {
  locale: string;
  entries: readonly CheckIn[];
}

export default function History({ locale, entries }: Props) {
  const nameOf = useStore($relationshipNames);
  const [status, say] = useStatus();
  const remove = (entry: CheckIn) => {
    const day = formatDay(entry.day, locale);
    const undo = checkInActions.remove(entry.id);
    if (!undo) return say('Could not delete the check-in. See the notice above.', 'error');
    say('');
    offerUndo({
      message: `Deleted the check-in of ${day}.`,
      restored: `The check-in of ${day} is back.`,
      undo,
    });
  };
  return (
    <section aria-labelledby="checkin-history-title">
      <h2 id="checkin-history-title">Your past check-ins</h2>
      <StatusLine message={status.text} tone={status.tone} />
      {entries.length === 0 ? (
        <p class="muted">No check-ins yet.</p>
      ) : (
        <ul class="plain">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id} class="card">
              <Summary
                title={`${formatDay(entry.day, locale)}: ${nameOf(entry.relationship)}`}
                items={checkInStatements.map((s) => ({
                  label: s.text,
                  value: answerLabel(entry.answers[s.id]),
                }))}
              />
              <button
                type="button"
                class="button button--quiet button--small"
                onClick={() => remove(entry)}
              >
                Delete
                <span class="visually-hidden"> the check-in of {formatDay(entry.day, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
