import type { ComponentChildren } from 'preact';

/** One labelled checkbox or radio button; the text follows the box inside its label. */
interface Props {
  type: 'checkbox' | 'radio';
  checked: boolean;
  onChange: () => void;
  name?: string;
  value?: string;
  disabled?: boolean | undefined;
  children: ComponentChildren;
}

export default function Choice({ children, ...box }: Props) {
  return (
    <label class="choice">
      <input {...box} /> {children}
    </label>
  );
}
