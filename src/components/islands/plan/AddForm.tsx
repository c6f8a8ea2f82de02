/** The small form under a goal's list (its steps, its log) that adds one entry. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  /** The empty entry: the form starts from it, and again after each add. */
  blank: T;
  /** The submit button's text. */
  button: string;
  onAdd: (entry: T) => void;
  /** The form's fields, given the entry typed so far and a way to change it. */
  children: (entry: T, set: (change: Partial<T>) => void) => ComponentChildren;
}

export default function AddForm<T>({ blank, button, onAdd, children }: Props<T>) {
  const [entry, setEntry] = useState(blank);
  const add = (event: Event) => {
    event.preventDefault();
    onAdd(entry);
    setEntry(blank);
  };
  return (
    <form class="inline-form" onSubmit={add}>
      {children(entry, (change) => setEntry({ ...entry, ...change }))}
      <button type="submit" class="button button--quiet">
        {button}
      </button>
    </form>
  );
}
