/**
 * Share a summary with a mentor. Where the meeting brief is built, sharing lives there, with
 * the person's name and questions, and this section points to it; otherwise the form loads here
 * when the person asks for it.
 */
import { useState } from 'preact/hooks';
import type ShareForm from '../ShareForm';

interface Props {
  sharePath: string;
  /** The meeting brief's path, when this site builds it; null otherwise. */
  briefHref: string | null;
}

export default function Share({ sharePath, briefHref }: Props) {
  const [Form, setForm] = useState<typeof ShareForm | null>(null);
  const open = async () => {
    const { default: loaded } = await import('../ShareForm');
    setForm(() => loaded);
  };
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">Share a summary with your mentor</h2>
      {briefHref ? (
        <p>
          To send your goals, results and questions to your mentor,{' '}
          <a href={briefHref}>use the meeting brief</a>.
        </p>
      ) : Form ? (
        <Form sharePath={sharePath} />
      ) : (
        <>
          <p>
            Send your mentor a read-only summary of what you choose, through a link that never
            passes through a server.
          </p>
          <button type="button" class="button button--quiet" onClick={() => void open()}>
            Choose what to share
          </button>
        </>
      )}
    </section>
  );
}
