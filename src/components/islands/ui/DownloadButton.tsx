/**
 * A button that makes a file on the spot (a backup, a calendar, a brief) and saves it through
 * the browser's download; nothing goes to a server. `onSaved` gets the file name.
 */
import type { ComponentChildren } from 'preact';

/** Saves text as a file through the browser's download, without any server. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface DownloadFile {
  name: string;
  text: string;
  /** MIME type. Default: JSON. */
  type?: string;
}

interface Props {
  file: () => DownloadFile | Promise<DownloadFile>;
  children: ComponentChildren;
  /** Button style. Default: a quiet button. */
  class?: string;
  onSaved?: (name: string) => void;
}

export default function DownloadButton({ file, children, class: style, onSaved }: Props) {
  const save = async () => {
    const { name, text, type } = await file();
    downloadText(name, text, type);
    onSaved?.(name);
  };
  return (
    <button type="button" class={style ?? 'button button--quiet'} onClick={() => void save()}>
      {children}
    </button>
  );
}
