/**
 * A tool's own screens in the browser history: opening a screen (a goal, a form, an edit) adds a
 * history entry, so the browser's Back and the in-page Back both return to the screen before it
 * and never leave the tool unexpectedly. Screens are plain data (they are stored in
 * `history.state`); a reload starts on the first screen, like the server-rendered page.
 *
 * `key` keeps tools apart when one page carries two of them.
 *
 * A form holding typing it would lose when its screen closes (`data-unsaved`, the mark the
 * update reload waits for, src/scripts/app.ts) is never closed by the browser's Back without
 * asking: the person can stay and save. A form that keeps its typing over Back itself says so
 * with `data-keeps-typing`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

interface Entry<S> {
  screen: S;
  /** How many screens of this tool lie behind this one in the history. */
  depth: number;
}

function entryOf<S>(state: unknown, key: string): Entry<S> | undefined {
  if (typeof state !== 'object' || state === null || !Object.hasOwn(state, key)) return undefined;
  return (state as Record<string, Entry<S>>)[key];
}

export function useScreens<S>(
  first: S,
  key: string,
): { screen: S; open: (next: S) => void; back: () => void; replace: (next: S) => void } {
  const [entry, setState] = useState<Entry<S>>({ screen: first, depth: 0 });
  const current = useRef(entry);
  // Set while the tool itself goes back (after a save or a Cancel): nothing is left unasked then.
  const ownBack = useRef(false);
  const setEntry = (next: Entry<S>) => {
    current.current = next;
    setState(next);
  };

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const fromBrowser = !ownBack.current;
      ownBack.current = false;
      const typing = document.querySelector('form[data-unsaved]:not([data-keeps-typing])');
      if (
        fromBrowser &&
        typing &&
        !confirm('What you typed here is not saved yet. Leave it and lose it?')
      ) {
        // Stay: the history entry just left is put back, so the screen and the URL agree.
        history.pushState({ ...(event.state as object), [key]: current.current }, '');
        return;
      }
      setEntry(entryOf<S>(event.state, key) ?? { screen: first, depth: 0 });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
    // `first` is the starting screen, fixed for the life of the island.
  }, [key]);

  const open = useCallback(
    (screen: S) => {
      const next = { screen, depth: current.current.depth + 1 };
      history.pushState({ ...(history.state as object), [key]: next }, '');
      setEntry(next);
    },
    [key],
  );

  const replace = useCallback(
    (screen: S) => {
      const next = { screen, depth: current.current.depth };
      history.replaceState({ ...(history.state as object), [key]: next }, '');
      setEntry(next);
    },
    [key],
  );

  const back = useCallback(() => {
    // A screen opened here goes back through the history, so the browser's Forward works too;
    // a screen reached any other way (none yet) returns to the first screen in place.
    if (entryOf<S>(history.state, key)?.depth) {
      ownBack.current = true;
      history.back();
    } else setEntry({ screen: first, depth: 0 });
  }, [key]);

  return { screen: entry.screen, open, back, replace };
}
