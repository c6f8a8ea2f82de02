/**
 * "Time for a two-minute check-in on your mentorship" on the home page, with "Remind me in a
 * week" and "Skip this round" (src/lib/checkins/due.ts). Loaded by HomeState only when a
 * check-in is due; after a choice it says what was done, in the same live region. The check-in
 * store loads only then (most visits never need it); the home page follows it once it is
 * stored, so the offer goes away.
 */
import { useState } from 'preact/hooks';

interface Props {
  due: boolean;
  /** The check-in page. */
  href: string;
}

export default function CheckInDue({ due, href }: Props) {
  const [later, setLater] = useState<string | null>(null);
  const putOff = (how: 'snooze' | 'dismiss') =>
    void import('~/lib/stores/rarely-filled')
      .then(({ checkInActions }) => checkInActions[how]())
      .then(
        (saved) =>
          setLater(
            !saved
              ? 'Could not save that: this browser did not store it.'
              : how === 'snooze'
                ? 'We will remind you in a week.'
                : 'Skipped this round. The next check-in comes in two months.',
          ),
        () => setLater('Could not save that. Reload the page and try again.'),
      );
  if (!due && !later) return null;
  return (
    <div class="next-step checkin-due">
      {!later && (
        <>
          <p>
            <a href={href}>Time for a two-minute check-in on your mentorship</a>
          </p>
          <p>
            <button
              type="button"
              class="button button--quiet button--small"
              onClick={() => putOff('snooze')}
            >
              Remind me in a week
            </button>{' '}
            <button
              type="button"
              class="button button--quiet button--small"
              onClick={() => putOff('dismiss')}
            >
              Skip this round
            </button>
          </p>
        </>
      )}
      <p role="status">{later ?? ''}</p>
    </div>
  );
}
