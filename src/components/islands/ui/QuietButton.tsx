/**
 * A quiet button that acts on the page and never submits a form ("Clear filters", "Delete it",
 * "Cancel"): one place for its type and classes. Other attributes (onClick, aria-expanded) pass
 * through.
 */
import type { JSX } from 'preact';

interface Props extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'class'> {
  /** The small size, for actions inside a notice or a list row. Default: false. */
  small?: boolean;
}

export default function QuietButton({ small = false, ...rest }: Props) {
  return (
    <button
      type="button"
      class={small ? 'button button--quiet button--small' : 'button button--quiet'}
      {...rest}
    />
  );
}
