/** Follow-ups that are planned, with what is overdue or due this week, and Add to calendar. */
import { formatShortDay } from '~/lib/format';
import type { Contact } from '~/lib/schemas/network';
import { networkActions } from '~/lib/stores/network-actions';
import { followUpsFile, type NetworkView } from '~/lib/stores/network-views';
import { today } from '~/lib/dates';
import DownloadButton from '../ui/DownloadButton';
import StatusBadge from './StatusBadge';
import type { Say } from '../ui/StatusLine';

interface Props {
  view: NetworkView;
  contacts: readonly Contact[];
  locale: string;
  say: Say;
}

export default function FollowUps({ view, contacts, locale, say }: Props) {
  const { followUps, overdue, due } = view;
  const contacted = (c: Contact) => {
    if (!networkActions.logContact(c.id, today(), null)) {
      return say('Could not save. See the notice above.', 'error');
    }
    say(`Marked ${c.name} as contacted today. Set a new follow-up date when you plan one.`);
  };
  return (
    <section aria-labelledby="follow-ups">
      <h2 id="follow-ups">Follow-ups</h2>
      {followUps.length === 0 ? (
        <p>No follow-ups planned. Edit a person to add a date, and it shows here.</p>
      ) : (
        <>
          <p>
            {overdue > 0 && <strong class="overdue-text">{overdue} overdue. </strong>}
            {due > 0 && <strong>{due} due this week. </strong>}
            {overdue + due === 0 && 'Nothing due this week.'}
          </p>
          <ul class="follow-ups">
            {followUps.map(({ contact: c, status }) => (
              <li key={c.id} class={`follow-up follow-up--${status}`}>
                <span>
                  <bdi>{c.name}</bdi>:{' '}
                  <time dateTime={c.nextFollowUp ?? ''}>
                    {formatShortDay(c.nextFollowUp ?? '', locale)}
                  </time>
                </span>
                <StatusBadge status={status} />{' '}
                <button
                  type="button"
                  class="button button--small button--quiet"
                  onClick={() => contacted(c)}
                >
                  Done<span class="visually-hidden">: contacted {c.name} today</span>
                </button>
              </li>
            ))}
          </ul>
          <DownloadButton file={() => followUpsFile(contacts)}>
            Add follow-ups to calendar
          </DownloadButton>
        </>
      )}
    </section>
  );
}
