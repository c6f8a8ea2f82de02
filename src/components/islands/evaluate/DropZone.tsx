/**
 * Where a program lead gives the page their response files: a zone to drop files or folders on,
 * and, for the keyboard and for touch screens, a file picker and a folder picker in it. The
 * files are read in this browser; nothing is uploaded.
 */
import type { RefCallback } from 'preact';
import { useState } from 'preact/hooks';
import type { FileLike } from '~/lib/evaluation/read-files';
import { droppedFiles } from './dropped-files';

interface Props {
  onFiles: (files: FileLike[]) => void;
  busy: boolean;
}

// Preact has no typed prop for it; the attribute makes the picker choose a folder.
const folderPicker: RefCallback<HTMLInputElement> = (input) =>
  input?.setAttribute('webkitdirectory', '');

export default function DropZone({ onFiles, busy }: Props) {
  const [over, setOver] = useState(false);
  const chosen = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared, so choosing the same files again is noticed (and said to be already added).
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer) onFiles(await droppedFiles(event.dataTransfer));
  };
  return (
    <div
      class={over ? 'dropzone dropzone--over no-print' : 'dropzone no-print'}
      role="group"
      aria-labelledby="drop-title"
      aria-describedby="drop-help"
      aria-busy={busy}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
    >
      <p id="drop-title" class="dropzone-title">
        Drop response files or a folder of them here
      </p>
      <p id="drop-help" class="muted small">
        Or choose them below. Files named <code>medmentor-evaluation-….json</code>; any number.
      </p>
      <div class="dropzone-pickers">
        <label class="field">
          <span>Response files</span>
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => chosen(e.currentTarget)}
          />
        </label>
        <label class="field">
          <span>A folder of response files</span>
          <input type="file" ref={folderPicker} onChange={(e) => chosen(e.currentTarget)} />
        </label>
      </div>
    </div>
  );
}
