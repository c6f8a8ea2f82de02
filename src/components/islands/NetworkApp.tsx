/**
 * My network: the people in a person's mentoring constellation, drawn as a diagram with a table
 * beside it, follow-ups that are due or overdue, and prompts for who is missing. Private to the
 * device; part of backups and, if the person ticks it, of what they share with a mentor.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { today } from '~/lib/goals/dates';
import { toIcs } from '~/lib/goals/ics';
import { layoutConstellation, SIZE } from '~/lib/network/constellation';
import {
  countFollowUps,
  followUpEvents,
  followUpStatus,
  upcomingFollowUps,
} from '~/lib/network/followups';
import {
  groupContacts,
  groupLabels,
  groupSingular,
  missingGroups,
  missingPrompts,
  networkPrompts,
} from '~/lib/network/groups';
import { contactGroups, type Contact, type ContactGroup } from '~/lib/schemas/network';
import { network } from '~/lib/stores/network';
import { networkActions, type ContactInput } from '~/lib/stores/network-actions';
import { downloadText } from './download';
import StorageNotices from './StorageNotices';

interface Props {
  locale: string;
  myDataHref: string;
  /** The networking guide, unless the school hides its track. */
  guideHref: string | null;
}

const blank: ContactInput = {
  name: '',
  role: '',
  group: 'mentor',
  howWeKnow: '',
  howTheyHelp: '',
  howIHelp: '',
  lastContact: null,
  nextFollowUp: null,
  notes: '',
};

const textFields: { key: 'howWeKnow' | 'howTheyHelp' | 'howIHelp' | 'notes'; label: string }[] = [
  { key: 'howWeKnow', label: 'How we know each other' },
  { key: 'howTheyHelp', label: 'How they can help me' },
  { key: 'howIHelp', label: 'How I can help them' },
  { key: 'notes', label: 'Notes' },
];

export default function NetworkApp({ locale, myDataHref, guideHref }: Props) {
  const contacts = useStore(network.$value).contacts;
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<ContactInput>(blank);
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLHeadingElement>(null);
  const todayDate = today();
  const date = (d: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${d}T00:00:00Z`),
    );
  const { overdue, due } = countFollowUps(contacts, todayDate);
  const grouped = groupContacts(contacts);
  const missing = missingGroups(contacts);

  const save = (e: Event) => {
    e.preventDefault();
    const ok = editing ? networkActions.update(editing, draft) : networkActions.add(draft) !== null;
    if (!ok) return setMessage('Could not save. See the notice above.');
    setMessage(`${draft.name.trim()} ${editing ? 'updated' : 'added to your network'}.`);
    setDraft(blank);
    setEditing(null);
  };

  const edit = (c: Contact) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = c;
    setDraft(input);
    setEditing(c.id);
    formRef.current?.focus();
  };

  const remove = (c: Contact) => {
    if (!confirm(`Remove ${c.name} from your network?`)) return;
    networkActions.remove(c.id);
    setMessage(`${c.name} removed.`);
  };

  const contacted = (c: Contact) => {
    networkActions.logContact(c.id, todayDate, null);
    setMessage(`Marked ${c.name} as contacted today. Set a new follow-up date when you plan one.`);
  };

  const exportIcs = () => {
    downloadText(
      `medmentor-follow-ups-${todayDate}.ics`,
      toIcs(followUpEvents(contacts), new Date(), 'MedMentor follow-ups'),
      'text/calendar',
    );
  };

  const status = (c: Contact) => followUpStatus(c, todayDate);

  return (
    <div class="tool network">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="notice notice--success" role="status">
        {message}
      </p>

      <section aria-labelledby="follow-ups">
        <h2 id="follow-ups">Follow-ups</h2>
        {upcomingFollowUps(contacts).length === 0 ? (
          <p>No follow-ups planned. Add a date to someone below to be reminded.</p>
        ) : (
          <>
            <p>
              {overdue > 0 && <strong class="overdue-text">{overdue} overdue. </strong>}
              {due > 0 && <strong>{due} due this week. </strong>}
              {overdue + due === 0 && 'Nothing due this week.'}
            </p>
            <ul class="follow-ups">
              {upcomingFollowUps(contacts).map((c) => (
                <li key={c.id} class={`follow-up follow-up--${status(c)}`}>
                  <span>
                    {c.name}:{' '}
                    <time dateTime={c.nextFollowUp ?? ''}>{date(c.nextFollowUp ?? '')}</time>
                  </span>
                  {status(c) === 'overdue' && <span class="badge badge--overdue">Overdue</span>}
                  {status(c) === 'due' && <span class="badge badge--soon">Due</span>}{' '}
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
            <button type="button" class="button button--quiet" onClick={exportIcs}>
              Add follow-ups to my calendar (.ics)
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="constellation">
        <h2 id="constellation">My constellation</h2>
        <Diagram contacts={contacts} />
        <div class="table-scroll">
          <table class="data-table">
            <caption>People in my constellation, by place</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {contactGroups.map((g) => (
                <tr key={g}>
                  <th scope="row">{groupLabels[g]}</th>
                  <td>{grouped[g].map((c) => c.name).join(', ') || 'Nobody yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="prompts">
        <h2 id="prompts">Who is missing?</h2>
        <ul>
          {missing.map((g) => (
            <li key={g}>{missingPrompts[g]}</li>
          ))}
          {networkPrompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {guideHref && (
          <p class="small">
            More in <a href={guideHref}>Networking: building your professional network</a>.
          </p>
        )}
      </section>

      <section aria-labelledby="people">
        <h2 id="people">People ({contacts.length})</h2>
        {contacts.length === 0 && <p>Nobody yet. Start with someone you already turn to.</p>}
        {contactGroups.map(
          (g) =>
            grouped[g].length > 0 && (
              <div key={g}>
                <h3>{groupLabels[g]}</h3>
                <ul class="goal-list">
                  {grouped[g].map((c) => (
                    <li key={c.id} class={`goal-card contact contact--${status(c)}`}>
                      <h4>
                        {c.name}
                        {c.role && <span class="muted">, {c.role}</span>}
                      </h4>
                      {textFields
                        .filter((f) => c[f.key].trim())
                        .map((f) => (
                          <p key={f.key} class="pre-line">
                            <strong>{f.label}:</strong> {c[f.key]}
                          </p>
                        ))}
                      <p class="small">
                        Last contact: {c.lastContact ? date(c.lastContact) : 'not recorded'}. Next
                        follow-up: {c.nextFollowUp ? date(c.nextFollowUp) : 'none planned'}
                        {status(c) === 'overdue' && (
                          <span class="badge badge--overdue">Overdue</span>
                        )}
                        {status(c) === 'due' && <span class="badge badge--soon">Due</span>}
                      </p>
                      <p class="actions">
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() => edit(c)}
                        >
                          Edit<span class="visually-hidden"> {c.name}</span>
                        </button>
                        <button
                          type="button"
                          class="button button--small button--danger"
                          onClick={() => remove(c)}
                        >
                          Remove<span class="visually-hidden"> {c.name}</span>
                        </button>
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </section>

      <form onSubmit={save} aria-labelledby="contact-form" class="contact-form">
        <h2 id="contact-form" ref={formRef} tabIndex={-1}>
          {editing ? `Edit ${draft.name || 'person'}` : 'Add a person'}
        </h2>
        <div class="field">
          <label for="contact-name">Name</label>
          <input
            id="contact-name"
            required
            maxLength={120}
            autocomplete="off"
            value={draft.name}
            onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="contact-role">Role</label>
          <input
            id="contact-role"
            maxLength={200}
            value={draft.role}
            onInput={(e) => setDraft({ ...draft, role: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="contact-group">Place in my constellation</label>
          <select
            id="contact-group"
            value={draft.group}
            onChange={(e) => setDraft({ ...draft, group: e.currentTarget.value as ContactGroup })}
          >
            {contactGroups.map((g) => (
              <option key={g} value={g}>
                {groupSingular[g]}
              </option>
            ))}
          </select>
        </div>
        {textFields.map((f) => (
          <div class="field" key={f.key}>
            <label for={`contact-${f.key}`}>{f.label}</label>
            <textarea
              id={`contact-${f.key}`}
              rows={2}
              maxLength={f.key === 'notes' ? 5000 : f.key === 'howWeKnow' ? 1000 : 2000}
              value={draft[f.key]}
              onInput={(e) => setDraft({ ...draft, [f.key]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="field">
          <label for="contact-last">Last contact</label>
          <input
            id="contact-last"
            type="date"
            value={draft.lastContact ?? ''}
            onInput={(e) => setDraft({ ...draft, lastContact: e.currentTarget.value || null })}
          />
        </div>
        <div class="field">
          <label for="contact-next">Next follow-up</label>
          <input
            id="contact-next"
            type="date"
            value={draft.nextFollowUp ?? ''}
            onInput={(e) => setDraft({ ...draft, nextFollowUp: e.currentTarget.value || null })}
          />
        </div>
        <p class="actions">
          <button class="button" type="submit">
            {editing ? 'Save changes' : 'Add to my network'}
          </button>
          {editing && (
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                setEditing(null);
                setDraft(blank);
              }}
            >
              Cancel
            </button>
          )}
        </p>
      </form>
    </div>
  );
}

/** The constellation as a picture; the table after it carries the same information. */
function Diagram({ contacts }: { contacts: Contact[] }) {
  const sectors = layoutConstellation(contacts);
  const c = SIZE / 2;
  return (
    <figure class="constellation">
      <svg
        viewBox={`-110 -8 ${SIZE + 220} ${SIZE + 36}`}
        role="img"
        aria-labelledby="constellation-title"
      >
        <title id="constellation-title">
          {`Mentoring constellation: ${sectors
            .map((s) => `${groupLabels[s.group]} ${s.people.length + s.more}`)
            .join(', ')}. The table below lists everyone.`}
        </title>
        {sectors.map((s) =>
          [...s.people, ...(s.morePoint ? [s.morePoint] : [])].map((p, i) => (
            <line key={`${s.group}-l${i}`} x1={c} y1={c} x2={p.x} y2={p.y} class="c-line" />
          )),
        )}
        <circle cx={c} cy={c} r={34} class="c-you" />
        <text x={c} y={c + 6} text-anchor="middle" class="c-you-label">
          You
        </text>
        {sectors.map((s) => (
          <g key={s.group} class={`c-group c-group--${s.group}`}>
            <text x={s.label.x} y={s.label.y} text-anchor={s.label.anchor} class="c-group-label">
              {groupLabels[s.group]}
            </text>
            {s.people.map((p) => (
              <g key={p.id}>
                <circle cx={p.x} cy={p.y} r={9} class="c-person" />
                <text x={p.x} y={p.y + 28} text-anchor="middle" class="c-name">
                  {p.name.length > 16 ? `${p.name.slice(0, 15)}…` : p.name}
                </text>
              </g>
            ))}
            {s.morePoint && (
              <text x={s.morePoint.x} y={s.morePoint.y + 4} text-anchor="middle" class="c-name">
                +{s.more} more
              </text>
            )}
            {s.people.length === 0 && !s.morePoint && (
              <circle cx={s.label.x} cy={s.label.y + 18} r={6} class="c-empty" />
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
