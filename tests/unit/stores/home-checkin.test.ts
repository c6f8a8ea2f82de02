/**
 * "Time for a check-in" on the home page: worked out from the stores once a mentorship exists,
 * gone once put off for a week or skipped for the round (the home page follows the check-ins
 * once they are stored), and nothing to work out on a first visit.
 * (A watched store stays mounted for a second after its last listener, and the stores the home
 * page follows load on mount: so the case with something stored comes first.)
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkInActions, checkIns } from '~/lib/stores/checkins';
import { $homeCheckIn } from '~/lib/stores/home-views';
import { network } from '~/lib/stores/network';
import { contact } from '../../support/records';
import { useFreshStores } from '../../support/stores';

useFreshStores();
afterEach(() => vi.useRealTimers());

describe('$homeCheckIn', () => {
  test('a mentor added three months ago: due; put off for a week; then skipped for the round', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 30, 12));
    network.replace({
      version: 1,
      contacts: [contact('c1', 'Dr. Ana Ruiz', { createdAt: '2026-09-01T12:00:00.000Z' })],
    });
    const stop = $homeCheckIn.listen(() => {});
    await vi.waitFor(() => expect($homeCheckIn.get()).toEqual({ due: true, dueOn: '2026-10-01' }));

    expect(checkInActions.snooze()).toBe(true);
    expect(checkIns.read().snoozedUntil).toBe('2026-12-07');
    await vi.waitFor(() => expect($homeCheckIn.get()).toEqual({ due: false, dueOn: '2026-10-01' }));

    expect(checkInActions.dismiss()).toBe(true);
    expect(checkIns.read()).toMatchObject({ snoozedUntil: null, dismissedOn: '2026-11-30' });
    await vi.waitFor(() => expect($homeCheckIn.get()).toEqual({ due: false, dueOn: '2027-01-30' }));
    stop();
  });

  test('nothing stored: not due, and no due date', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const stop = $homeCheckIn.listen(() => {});
    expect($homeCheckIn.get()).toEqual({ due: false, dueOn: null });
    stop();
  });
});
