/**
 * Global setup of the `unit` test project: syncs the content layer and puts its data store where
 * `astro:content` reads it under Vitest, so src/lib/content is tested against the real guides,
 * instruments, glossary and mentors.
 *
 * Why this is needed: under Vitest, Astro's content plugin runs as a dev server and reads the dev
 * data store (.astro/data-store.json), which only `astro dev` writes; `astro sync` and
 * `astro build` write theirs to the cache directory (node_modules/.astro). Without this step
 * `getCollection()` returns nothing and logs "The collection ... does not exist or is empty"
 * (withastro/astro#12836). The sync runs every time (a few seconds, incremental), so the store
 * always matches the content as it is now; a content file that breaks its schema fails here,
 * naming the file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
/** Kept between runs so the sync is incremental; apart from the build's own cache. */
const cacheDir = join(root, 'node_modules/.cache/medmentor-unit-content/');

export default function setup(): void {
  const result = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'sync-content.mjs'), root, cacheDir],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`Syncing the content collections failed:\n${result.stdout}\n${result.stderr}`);
  }
  const target = join(root, '.astro/data-store.json');
  mkdirSync(join(root, '.astro'), { recursive: true });
  // Written beside the target and renamed, so a run starting meanwhile never reads half a file.
  const partial = `${target}.${process.pid}.partial`;
  copyFileSync(join(cacheDir, 'data-store.json'), partial);
  renameSync(partial, target);
}
