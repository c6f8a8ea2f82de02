/** Exporting a backup file, and asking the browser to keep the site's data. */
import { useEffect, useState } from 'preact/hooks';
import DownloadButton from '../ui/DownloadButton';
import StatusLine, { useStatus } from '../ui/StatusLine';
import { dataActions } from './actions';

type Persisted = 'unsupported' | 'yes' | 'no' | 'refused';

export default function Backup() {
  const [status, say] = useStatus();
  const [persisted, setPersisted] = useState<Persisted>('unsupported');
  useEffect(() => {
    navigator.storage?.persisted?.().then(
      (yes) => setPersisted(yes ? 'yes' : 'no'),
      () => setPersisted('unsupported'),
    );
  }, []);

  const backup = async () => {
    const { fileName, text } = (await dataActions()).exportBackup();
    return { name: fileName, text };
  };
  const persist = async () => setPersisted((await navigator.storage.persist()) ? 'yes' : 'refused');

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Back up your data</h2>
      <p>
        A backup is one file with everything this site keeps in this browser. Keep it somewhere
        safe, and restore it on this or any other device to get everything back.
      </p>
      <DownloadButton
        class="button"
        file={backup}
        onSaved={(name) =>
          say(`Backup saved as ${name}. Keep it somewhere safe, such as your files or email.`)
        }
      >
        Export all my data
      </DownloadButton>
      <StatusLine message={status.text} tone={status.tone} />
      <h3>Ask the browser to keep your data</h3>
      {persisted === 'yes' ? (
        <p>This browser has agreed to keep this site's data unless you delete it yourself.</p>
      ) : persisted === 'unsupported' ? (
        <p>This browser does not let sites ask for this. A backup file is the sure protection.</p>
      ) : (
        <>
          <p>
            Browsers may clear a site's data when space runs low. You can ask this browser to keep
            it. Some browsers decide for themselves and may say no; a backup is still the sure
            protection.
          </p>
          <button type="button" class="button button--quiet" onClick={() => void persist()}>
            Ask to keep my data
          </button>
          {persisted === 'refused' && (
            <p role="status">The browser did not agree this time. Keep backing up.</p>
          )}
        </>
      )}
    </section>
  );
}
