/**
 * My network: the people in a person's mentoring constellation, drawn as a diagram with a table
 * beside it, follow-ups that are due or overdue, and prompts for who is missing. Private to the
 * device; part of backups and, if the person ticks it, of what they share with a mentor. What
 * it shows is worked out in src/lib/stores/network-views.ts; the parts are in ./network.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Contact } from '~/lib/schemas/network';
import { network } from '~/lib/stores/network';
import { $networkView } from '~/lib/stores/network-views';
import Constellation from './network/Constellation';
import ContactForm from './network/ContactForm';
import FollowUps from './network/FollowUps';
import People from './network/People';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  myDataHref: string;
  /** The networking guide, unless the school hides its track. */
  guideHref: string | null;
}

function NetworkApp({ locale, myDataHref, guideHref }: Props) {
  const view = useStore($networkView);
  const contacts = useStore(network.$value).contacts;
  const [editing, setEditing] = useState<Contact | null>(null);
  const [status, say] = useStatus();

  return (
    <div class="tool network">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <StatusLine message={status.text} tone={status.tone} />
      <FollowUps view={view} contacts={contacts} locale={locale} say={say} />
      <Constellation view={view} guideHref={guideHref} />
      <People view={view} locale={locale} onEdit={setEditing} say={say} />
      <ContactForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={() => setEditing(null)}
        say={say}
      />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(NetworkApp);
