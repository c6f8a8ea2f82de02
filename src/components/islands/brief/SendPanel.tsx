/**
 * What to send, and sending it: the chosen summaries (every tool's, the brief's questions too)
 * go into a link's fragment, never to a server. Phones hand the link to their share menu (Web
 * Share API); elsewhere it is copied, and always shown, for when the clipboard says no. A
 * summary too long for a link is saved as a file, with the reason.
 */
import { useEffect, useState } from 'preact/hooks';
import { createShare, shareOptions, type ShareOutput } from '~/lib/stores/data';
import { downloadText } from '../download';
import Checkboxes from '../ui/Checkboxes';

interface Props {
  /** The first name the person signs with, or null. */
  name: string | null;
  sharePath: string;
}

type Sent =
  | { kind: 'copied' | 'shared' | 'cancelled' | 'manual'; link: string }
  | { kind: 'file'; fileName: string };

const messages = {
  copied: 'Link copied. Paste it into an email or a message to your mentor.',
  shared: 'Link sent to your share menu. If it did not reach your mentor, copy the link below.',
  cancelled: 'Not sent. You can send it again, or copy the link below.',
  manual:
    'This browser did not let the page copy the link. Copy it from the box below and send it to your mentor.',
};

export default function SendPanel({ name, sharePath }: Props) {
  // Summaries are read again on each render, so a question typed above is in what is sent.
  const options = shareOptions({ name });
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const [busy, setBusy] = useState(false);
  const picked = new Set(
    options.filter((o) => o.section && (choices[o.name] ?? o.defaultOn)).map((o) => o.name),
  );
  const canShare = typeof navigator.share === 'function';
  const sections = options.flatMap((o) => (picked.has(o.name) && o.section ? [o.section] : []));
  // The link is made ahead, whenever what is sent changes: phones (Safari above all) let a page
  // open the share menu or write the clipboard only straight from a tap, not after a wait.
  const key = JSON.stringify([name, sections]);
  const [ready, setReady] = useState<{ key: string; output: ShareOutput } | null>(null);
  useEffect(() => {
    let live = true;
    const chosen = JSON.parse(key) as [string | null, typeof sections];
    if (chosen[1].length > 0) {
      void createShare(chosen[1], new Date(), chosen[0]).then((output) => {
        if (live) setReady({ key, output });
      });
    }
    return () => {
      live = false;
    };
  }, [key]);

  if (options.every((option) => option.section === null)) {
    return (
      <p>
        Nothing to send yet. Write a question above, add a goal to your plan or complete a
        self-assessment, and you can send your mentor a read-only summary from here.
      </p>
    );
  }

  const deliver = async (output: ShareOutput) => {
    if (output.kind === 'file') {
      downloadText(output.fileName, output.text);
      setSent({ kind: 'file', fileName: output.fileName });
      return;
    }
    const link = `${location.origin}${sharePath}#${output.fragment}`;
    if (canShare) {
      try {
        await navigator.share({
          title: name ? `Meeting brief from ${name}` : 'Meeting brief',
          text: 'What I would like to talk about at our next meeting.',
          url: link,
        });
        setSent({ kind: 'shared', link });
      } catch (error) {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setSent({ kind: cancelled ? 'cancelled' : 'manual', link });
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setSent({ kind: 'copied', link });
    } catch {
      setSent({ kind: 'manual', link });
    }
  };

  const send = async () => {
    if (busy || sections.length === 0) return;
    setBusy(true);
    try {
      await deliver(
        ready?.key === key ? ready.output : await createShare(sections, new Date(), name),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="send-panel">
      <p>
        Your mentor gets a read-only page with only what you tick
        {name ? (
          <>
            , signed <bdi>{name}</bdi>
          </>
        ) : null}
        . It travels inside the link itself, after the # sign, and is never sent to a server. Anyone
        who has the link can read it, so send it only to your mentor.
      </p>
      <Checkboxes
        legend="What to send"
        options={options.map((option) => ({
          key: option.name,
          label: option.section === null ? `${option.label} (nothing yet)` : option.label,
          disabled: option.section === null,
        }))}
        picked={picked}
        onToggle={(key) => {
          setChoices({ ...choices, [key]: !picked.has(key) });
          setSent(null);
        }}
      />
      <button
        type="button"
        class="button"
        // Not disabled while busy: a disabled button loses the keyboard focus.
        disabled={picked.size === 0}
        onClick={() => void send()}
      >
        {canShare ? 'Share the link' : 'Copy the link'}
      </button>
      <div role="status">
        {sent?.kind === 'file' && (
          <p>
            What you chose is too long to fit in a link, so it was saved as a file instead (
            {sent.fileName}). Attach the file to an email to your mentor; they open it on the shared
            summary page, with the button “Open a summary file”.
          </p>
        )}
        {sent && sent.kind !== 'file' && (
          <div class="share-result">
            <p class="notice notice--success">{messages[sent.kind]}</p>
            <label class="field">
              <span>Link for your mentor</span>
              <input
                type="text"
                readOnly
                value={sent.link}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <p>
              <a href={sent.link} target="_blank" rel="noopener">
                See what your mentor will see
              </a>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
