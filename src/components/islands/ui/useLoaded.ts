/**
 * A screen's component, imported the first time its screen opens (also when the browser's
 * Forward reopens it), so a tool page ships only its first screen's code: the forms of network,
 * meetings and the agreement load when "Add" or "Edit" is first chosen (precached for offline use
 * like every script). `null` until loaded; `onFail` says so when the import fails.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useLoaded<T>(
  needed: boolean,
  load: () => Promise<{ default: T }>,
  onFail: () => void,
): T | null {
  const [loaded, setLoaded] = useState<{ it: T } | null>(null);
  // The latest callbacks, so the import starts only when `needed` turns true.
  const calls = useRef({ load, onFail });
  calls.current = { load, onFail };
  useEffect(() => {
    if (!needed || loaded) return;
    calls.current.load().then((m) => setLoaded({ it: m.default }), calls.current.onFail);
  }, [needed, loaded]);
  return loaded?.it ?? null;
}
