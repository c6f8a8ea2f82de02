/**
 * My network: the people who help a person, each read as a short summary with Edit and Remove,
 * follow-ups that are due or overdue, a diagram with a table that carries the same information,
 * and prompts for who is missing. Private to the device; part of backups and, if the person
 * ticks it, of what they share with a mentor. What it shows is worked out in
 * src/lib/stores/network-views.ts; the parts are in ./network.
 *
 * Two screens besides the list (add a person, edit one), kept in the browser history
 * (ui/useScreens), so Back returns to the list. The form loads on the first Add or Edit: most
 * visits only read, and the page stays within its script budget.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { network } from '~/lib/stores/network';
import { $networkView } from '~/lib/stores/network-views';
import Constellation from './network/Constellation';
import FollowUps from './network/FollowUps';
import People from './network/People';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus, type Say } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';
import { useLoaded } from './ui/useLoaded';
import { useScreens } from './ui/useScreens';

interface Props {
  locale: string;
  myDataHref: string;
  /** The networking guide, unless the school hides its track. */
  guideHref: string | null;
}

/** The list, the add form, or one person's form (by id): plain data, kept in the history. */
type Screen = { name: 'list' } | { name: 'add' } | { name: 'edit'; id: string };

/** What to say once back on the list, and where: beside "Add a person", or on a person's card. */
interface Done {
  text: string;
  at: string | null;
}

const loadFailed = 'The form could not be loaded. Reload the page and try again.';

function NetworkApp({ locale, myDataHref, guideHref }: Props) {
  const view = useStore($networkView);
  const contacts = useStore(network.$value).contacts;
  const { screen, open, back } = useScreens<Screen>({ name: 'list' }, 'network');
  const [status, say] = useStatus();
  const [at, setAt] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const onList = screen.name === 'list';
  // The form loads when a form screen first opens, also when the browser's Forward reopens one.
  const Form = useLoaded(
    !onList,
    () => import('./network/ContactForm'),
    () => say(loadFailed, 'error'),
  );

  // Back on the list after a save: the confirmation shows beside what was done, and focus goes
  // there (the Add button, or the person's Edit button), ready for the next step.
  useEffect(() => {
    if (!onList || !done) return;
    setAt(done.at);
    say(done.text);
    setDone(null);
    const target = done.at
      ? document.querySelector<HTMLElement>(`#contact-${done.at} .summary-head button`)
      : document.getElementById('add-person');
    target?.focus();
  }, [onList, done, say]);

  /** Messages shown beside "Add a person" (follow-ups, removals). */
  const sayTop: Say = (text, tone) => {
    setAt(null);
    say(text, tone);
  };
  const go = (next: Screen) => {
    sayTop('');
    open(next);
  };
  const editing = screen.name === 'edit' ? contacts.find((c) => c.id === screen.id) : undefined;

  return (
    <div class="tool network">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <div hidden={!onList}>
        <p class="main-action">
          <button type="button" id="add-person" class="button" onClick={() => go({ name: 'add' })}>
            Add a person
          </button>
        </p>
        <StatusLine message={at === null ? status.text : ''} tone={status.tone} />
        {view.count > 0 && (
          <FollowUps view={view} contacts={contacts} locale={locale} say={sayTop} />
        )}
        <People
          view={view}
          locale={locale}
          onEdit={(c) => go({ name: 'edit', id: c.id })}
          status={at === null ? null : { ...status, at }}
          say={sayTop}
        />
        <Constellation view={view} guideHref={guideHref} locale={locale} />
      </div>
      {!onList &&
        (screen.name === 'edit' && !editing ? (
          <p role="alert" class="notice notice--error">
            This person is no longer in your network (removed in another tab).{' '}
            <button type="button" class="button button--quiet button--small" onClick={back}>
              Back to my network
            </button>
          </p>
        ) : Form ? (
          <Form
            key={editing?.id ?? 'new'}
            editing={editing ?? null}
            onCancel={back}
            onSaved={(text, id) => {
              setDone({ text, at: editing ? id : null });
              back();
            }}
          />
        ) : (
          <p class="muted">Loading the form…</p>
        ))}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(NetworkApp);
