/** Everyone in the network, by place, each with Edit and Remove (undone from the notice). */
import { formatShortDay } from '~/lib/format';
import type { Contact } from '~/lib/schemas/network';
import { networkActions } from '~/lib/stores/network-actions';
import { $unsavedContacts, contactTextFields, type NetworkView } from '~/lib/stores/network-views';
import NotSaved from '../ui/NotSaved';
import { offerUndo } from '~/lib/stores/undo';
import StatusBadge from './StatusBadge';
import type { Say } from '../ui/StatusLine';

interface Props {
  view: NetworkView;
  locale: string;
  onEdit: (contact: Contact) => void;
  say: Say;
}

export default function People({ view, locale, onEdit, say }: Props) {
  const remove = (c: Contact) => {
    const undo = networkActions.remove(c.id);
    if (!undo) return say(`Could not remove ${c.name}. See the notice above.`, 'error');
    say('');
    offerUndo({
      message: `Removed ${c.name} from your network.`,
      restored: `${c.name} is back in your network.`,
      undo,
    });
  };
  const day = (d: string | null, none: string) => (d ? formatShortDay(d, locale) : none);

  return (
    <section aria-labelledby="people">
      <h2 id="people">People ({view.count})</h2>
      {view.count === 0 && <p>Nobody yet. Start with someone you already turn to.</p>}
      {view.groups.map(
        ({ group, label, people }) =>
          people.length > 0 && (
            <div key={group}>
              <h3>{label}</h3>
              <ul class="goal-list">
                {people.map(({ contact: c, status }) => (
                  <li key={c.id} class={`goal-card contact contact--${status}`}>
                    <h4>
                      <bdi>{c.name}</bdi>
                      {c.role && (
                        <span class="muted">
                          , <bdi>{c.role}</bdi>
                        </span>
                      )}
                      <NotSaved items={$unsavedContacts} id={c.id} />
                    </h4>
                    {contactTextFields
                      .filter((f) => c[f.key].trim())
                      .map((f) => (
                        <p key={f.key} class="pre-line">
                          <strong>{f.label}:</strong> <bdi>{c[f.key]}</bdi>
                        </p>
                      ))}
                    <p class="small">
                      Last contact: {day(c.lastContact, 'not recorded')}. Next follow-up:{' '}
                      {day(c.nextFollowUp, 'none planned')}
                      <StatusBadge status={status} />
                    </p>
                    <p class="actions">
                      <ContactButton
                        text="Edit"
                        tone="quiet"
                        name={c.name}
                        onClick={() => onEdit(c)}
                      />
                      <ContactButton
                        text="Remove"
                        tone="danger"
                        name={c.name}
                        onClick={() => remove(c)}
                      />
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}

/** A small button that acts on one contact; the contact's name is read after the visible text. */
function ContactButton(props: {
  text: string;
  tone: 'quiet' | 'danger';
  name: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={`button button--small button--${props.tone}`}
      onClick={props.onClick}
    >
      {props.text}
      <span class="visually-hidden"> {props.name}</span>
    </button>
  );
}
