/**
 * Share with a mentor: the person picks what to share; the summary goes into a link's
 * fragment (never sent to a server), or into a file when it is too long for a link.
 */
import { useMemo, useState } from 'preact/hooks';
import { createShare, shareOptions, type ShareOutput } from '~/lib/stores/data';
import { downloadText } from './download';
import Checkboxes from './ui/Checkboxes';

interface Props {
  /** Path of the /share/ page, with the base path. */
  sharePath: string;
}

export default function ShareForm({ sharePath }: Props) {
  const options = useMemo(() => shareOptions(), []);
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(options.filter((o) => o.defaultOn && o.section).map((o) => o.name)),
  );
  const [output, setOutput] = useState<ShareOutput | null>(null);
  const [copied, setCopied] = useState(false);

  if (options.every((option) => option.section === null)) {
    return (
      <p>
        Nothing to share yet. When you complete a self-assessment or make a plan, you can send your
        mentor a read-only summary from here.
      </p>
    );
  }

  const toggle = (name: string) => {
    const next = new Set(selected);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    setSelected(next);
    setOutput(null);
  };

  const onCreate = async () => {
    const sections = options.flatMap((o) => (selected.has(o.name) && o.section ? [o.section] : []));
    if (sections.length === 0) return;
    const result = await createShare(sections);
    setCopied(false);
    setOutput(result);
    if (result.kind === 'file') downloadText(result.fileName, result.text);
  };

  const link = output?.kind === 'link' ? `${location.origin}${sharePath}#${output.fragment}` : '';

  return (
    <div>
      <p>
        Your mentor sees a read-only summary of only what you choose. The summary travels inside the
        link itself, after the # sign, and is never sent to any server. Anyone who has the link can
        read it, so send it only to your mentor. Preferences and private notes are never included
        unless you tick them.
      </p>
      <Checkboxes
        legend="What to share"
        options={options.map((option) => ({
          key: option.name,
          label: option.section === null ? `${option.label} (nothing yet)` : option.label,
          disabled: option.section === null,
        }))}
        picked={selected}
        onToggle={toggle}
      />
      <button
        type="button"
        class="button"
        disabled={selected.size === 0}
        onClick={() => void onCreate()}
      >
        Create a share link
      </button>
      <div role="status">
        {output?.kind === 'link' && (
          <div class="share-result">
            <label class="field">
              <span>Link for your mentor</span>
              <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p class="actions">
              <button
                type="button"
                class="button button--quiet"
                onClick={() =>
                  void navigator.clipboard?.writeText(link).then(() => setCopied(true))
                }
              >
                {copied ? 'Copied' : 'Copy the link'}
              </button>
              <a class="button button--quiet" href={link} target="_blank" rel="noopener">
                Preview it
              </a>
            </p>
          </div>
        )}
        {output?.kind === 'file' && (
          <p>
            This summary is too long for a link, so it was saved as a file ({output.fileName}). Send
            the file to your mentor; they can open it on the shared summary page.
          </p>
        )}
      </div>
    </div>
  );
}
