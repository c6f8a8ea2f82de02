/**
 * "Send to my mentor", beside print and download. The part that makes the link (every tool's
 * summaries and the share code) loads when the person asks for it, so the brief stays light.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type SendPanel from './SendPanel';

interface Props {
  name: string | null;
  sharePath: string;
  /** The other ways out: print, download as text. */
  children: ComponentChildren;
}

export default function Send({ name, sharePath, children }: Props) {
  const [Panel, setPanel] = useState<typeof SendPanel | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    if (Panel) return;
    try {
      const { default: loaded } = await import('./SendPanel');
      setPanel(() => loaded);
      setFailed(false);
    } catch {
      setOpen(false);
      setFailed(true);
    }
  };
  return (
    <section class="no-print brief-send" aria-label="Send or print">
      <p class="actions">
        <button
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls="send-panel"
          onClick={() => void toggle()}
        >
          Send to my mentor
        </button>
        {children}
      </p>
      {failed && (
        <p class="notice notice--error" role="alert">
          Could not load. Check your connection and try again.
        </p>
      )}
      <div id="send-panel">{open && Panel && <Panel name={name} sharePath={sharePath} />}</div>
    </section>
  );
}
