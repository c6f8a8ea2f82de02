/**
 * The one message line of a tool: what just happened ("Saved", "Could not save"), announced to
 * screen readers as it changes. It takes no room while empty. `useStatus` holds its state.
 */
import { useCallback, useState } from 'preact/hooks';

export type Tone = 'success' | 'error';
/** Puts a message on the line; an empty text clears it. */
export type Say = (text: string, tone?: Tone) => void;

/** The message line's state, and the function the tool's parts call to report. */
export function useStatus(): [{ text: string; tone: Tone }, Say] {
  const [status, setStatus] = useState<{ text: string; tone: Tone }>({ text: '', tone: 'success' });
  // Stable, so effects may report through it.
  const say = useCallback<Say>((text, tone = 'success') => setStatus({ text, tone }), []);
  return [status, say];
}

interface Props {
  message: string | null;
  /** Success (default) or an error. */
  tone?: Tone;
}

export default function StatusLine({ message, tone = 'success' }: Props) {
  return (
    <p class={`notice notice--${tone}`} role="status">
      {message ?? ''}
    </p>
  );
}
