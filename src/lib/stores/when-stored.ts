/**
 * Code most visits never need, loaded only when there is something to show: while `target` is
 * watched, it follows the atom `load` gives, loaded once something is stored under the store
 * `name`. Storage is looked at when watching starts and after every saved change (each counts
 * in `meta`: this tab, another tab, an import).
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { onMount } from 'nanostores';
import { storeKey } from '../storage/keys';
import { storageUsage } from '../storage/runtime';
import { meta } from './meta';

export function followWhenStored<T>(
  target: WritableAtom<T>,
  name: string,
  load: () => Promise<ReadableAtom<T>>,
): void {
  onMount(target, () => {
    let loading = false;
    let gone = false;
    let stop: (() => void) | undefined;
    const look = () => {
      if (loading || !storageUsage().some((u) => u.key === storeKey(name))) return;
      loading = true;
      void load().then(($value) => {
        if (!gone) stop = $value.subscribe((value) => target.set(value));
      });
    };
    const unlisten = meta.$value.subscribe(look);
    return () => {
      gone = true;
      unlisten();
      stop?.();
    };
  });
}
