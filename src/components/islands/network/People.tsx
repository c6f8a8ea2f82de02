/**
 * Everyone in the network, by place: each person read as a short summary (only what is filled
 * in), with Edit, which opens that person alone, and a quiet Remove (undone from the notice).
 */
import { formatShortDay } from '~/lib/format';
import type { Contact } from '~/lib/schemas/network';
import { networkActions } from '~/lib/stores/network-actions';
import { $unsavedContacts, contactTextFields, type NetworkView } from '~/lib/stores/network-views';
import { offerUndo } from '~/lib/stores/undo';
import NotSaved from '../ui/NotSaved';
import StatusLine, { type Say, type Tone } from '../ui/StatusLine';
import Summary from '../ui/Summary';
import StatusBadge from './StatusBadge';

interface Props {
  view: NetworkView;
  locale: string;
  onEdit: (contact: Contact) => void;
  /** A message about one person (after an edit), shown on their card. */
  status: { text: string; tone: Tone; at: string } | null;
  say: Say;
}

export default function People({ view, locale, onEdit, status, say }: Props) {
  const remove = (c: Contact) => {
    const undo = networkActions.remove(c.id);
    if (!undo) return say(`Could not remove ${c.name}. See the notice above.`, 'error');
    say('');
    offerUndo({
      message: `Removed ${c.name} from your network.`,
      restored: `${c.name} is back in your network.`,
      undo,
    });
    // The button is gone: focus stays in the list, a step after the undo offer.
    document.getElementById('people')?.focus();
  };
  const day = (d: string | null) => d && formatShortDay(d, locale);

  return (
    <section aria-labelledby="people">
      <h2 id="people" tabIndex={-1}>
        People ({view.count})
      </h2>
      {view.count === 0 && <p>Nobody yet. Start with someone you already turn to.</p>}
      {view.groups.map(
        ({ group, label, people }) =>
          people.length > 0 && (
            <div key={group}>
              <h3>{label}</h3>
              <ul class="goal-list">
                {people.map(({ contact: c, status: due }) => (
                  <li key={c.id} id={`contact-${c.id}`} class={`goal-card contact contact--${due}`}>
                    <Summary
                      title={c.name}
                      level={4}
                      onEdit={() => onEdit(c)}
                      items={[
                        { label: 'Role', value: c.role },
                        ...contactTextFields.map((f) => ({ label: f.label, value: c[f.key] })),
                        { label: 'Last contact', value: day(c.lastContact) },
                        {
                          label: 'Next follow-up',
                          value: c.nextFollowUp && (
                            <>
                              {day(c.nextFollowUp)} <StatusBadge status={due} />
                            </>
                          ),
                        },
                      ]}
                    >
                      <NotSaved items={$unsavedContacts} id={c.id} />
                      <p class="actions">
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() => remove(c)}
                        >
                          Remove<span class="visually-hidden"> {c.name}</span>
                        </button>
                      </p>
                      <StatusLine
                        message={status?.at === c.id ? status.text : ''}
                        tone={status?.tone ?? 'success'}
                      />
                    </Summary>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
