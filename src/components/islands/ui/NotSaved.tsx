/**
 * The mark on an item that is on screen but not saved (the browser refused the write): it stays
 * until a retry saves it. `items` is the tool's unsaved-items view (src/lib/stores/*-views.ts).
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

interface Props {
  items: ReadableAtom<ReadonlySet<string>>;
  id: string;
}

export default function NotSaved({ items, id }: Props) {
  return useStore(items).has(id) ? <span class="badge badge--overdue">Not saved yet</span> : null;
}
