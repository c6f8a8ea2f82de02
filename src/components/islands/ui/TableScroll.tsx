/** A table that scrolls sideways on small screens, reachable with the keyboard to scroll it. */
import type { ComponentChildren } from 'preact';

export default function TableScroll({ children }: { children: ComponentChildren }) {
  return (
    <div
      class="table-scroll"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus, or keyboard users cannot scroll it (WCAG 2.1.1)
      tabIndex={0}
      role="group"
      aria-label="Table (scrolls sideways on small screens)"
    >
      {children}
    </div>
  );
}
