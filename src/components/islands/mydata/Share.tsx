/** Share a summary with a mentor: the form loads when the person asks for it. */
import { useState } from 'preact/hooks';
import type ShareForm from '../ShareForm';

export default function Share({ sharePath }: { sharePath: string }) {
  const [Form, setForm] = useState<typeof ShareForm | null>(null);
  const open = async () => {
    const { default: loaded } = await import('../ShareForm');
    setForm(() => loaded);
  };
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">Share a summary with your mentor</h2>
      {Form ? (
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
