/**
 * "Add to my network" on a mentor's profile. The profile ships no store code: the network
 * actions load on the first click, so the page stays light for everyone who only reads it.
 * Before the island runs it renders an empty line of the button's height, never a dead button.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ContactInput } from '~/lib/stores/network-actions';

interface Props {
  /** The mentor as a contact, filled from the profile when it was built (`mentorContact`). */
  contact: ContactInput;
  /** Link to My network. */
  networkHref: string;
}

type Outcome = 'added' | 'already' | 'not-saved' | 'failed';

export default function MentorActions({ contact, networkHref }: Props) {
  // As useHydrated, inlined: sharing that module with the directory would split the bundles
  // of the directory and network pages into more, larger pieces.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const add = async () => {
    setBusy(true);
    try {
      const { networkActions } = await import('~/lib/stores/network-actions');
      setOutcome(networkActions.addFromDirectory(contact).status);
    } catch {
      // The actions could not load (offline before they were cached): nothing was saved.
      setOutcome('failed');
    }
    setBusy(false);
  };

  const saved = outcome === 'added' || outcome === 'already';
  return (
    <div class="mentor-network">
      {hydrated && (
        <button type="button" class="button" disabled={busy} onClick={() => void add()}>
          Add to my network
        </button>
      )}
      <p class={`notice notice--${saved ? 'success' : 'error'}`} role="status">
        {outcome === 'added' && 'Added to your network. '}
        {outcome === 'already' && `${contact.name} is already in your network. `}
        {saved && <a href={networkHref}>Open My network</a>}
        {outcome === 'not-saved' &&
          'Not added: this browser did not let MedMentor save it. Nothing was changed.'}
        {outcome === 'failed' &&
          'Not added: this part of the page could not load. Check your connection and try again.'}
      </p>
    </div>
  );
}
