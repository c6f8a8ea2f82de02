import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A screen's heading, which takes focus when the screen appears, so a screen reader starts
 * reading there and the keyboard continues from it.
 */
export default function ScreenHeading(props: { hidden?: boolean; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 ref={ref} tabIndex={-1} class={props.hidden ? 'visually-hidden' : undefined}>
      {props.children}
    </h2>
  );
}
