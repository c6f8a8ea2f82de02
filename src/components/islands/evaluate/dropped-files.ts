/**
 * The files of a drop: plain files, and every file inside a dropped folder (at any depth), each
 * named by its path in the folder. Reading a folder is the browser's file-system entry API; a
 * browser without it gets the plain files.
 */
import type { FileLike } from '~/lib/evaluation/read-files';

/** A file from a folder, with its path there as its name. */
function named(file: File, path: string): FileLike {
  return {
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
    webkitRelativePath: path.replace(/^\//, ''),
    text: () => file.text(),
  };
}

function fileOf(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

/** Every entry of a folder: readEntries gives them in batches until an empty one. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: FileLike[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    if (file) out.push(named(file, entry.fullPath));
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/** The files of a drop, folders opened. */
export async function droppedFiles(data: DataTransfer): Promise<FileLike[]> {
  const items = [...data.items].filter((i) => i.kind === 'file');
  // Entries must be taken before the first await: the drop's data is gone after it.
  const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e === null)) return [...data.files];
  const out: FileLike[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}
