/**
 * Global setup of the `unit` test project: syncs the content layer and puts its data store where
 * `astro:content` reads it under Vitest, so src/lib/content is tested against the real guides,
 * instruments, glossary and mentors.
 *
 * Why this is needed: under Vitest, Astro's content plugin runs as a dev server and reads the dev
 * data store (.astro/data-store.json), which only `astro dev` writes; `astro sync` and
 * `astro build` write theirs to the cache directory (node_modules/.astro). Without this step
 * `getCollection()` returns nothing and logs "The collection ... does not exist or is empty"
 * (withastro/astro#12836). A content file that breaks its schema fails here, naming the file.
 *
 * The sync (a few seconds) is skipped when no file it depends on changed since the last one:
 * the content, the collection schemas and everything in src/lib they import, the configuration
 * and the installed Astro.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
/** Kept between runs so the sync is incremental; apart from the build's own cache. */
const cacheDir = join(root, 'node_modules/.cache/medmentor-unit-content/');
const synced = join(cacheDir, 'data-store.json');
/** Touched after each sync (Astro leaves an unchanged data store as it was). */
const stamp = join(cacheDir, 'synced');
const inputs = [
  'src/content',
  'src/content.config.ts',
  'src/lib',
  'src/i18n',
  'medmentor.config.ts',
  'astro.config.mjs',
  'package-lock.json',
];

/** The newest modification time of a file, or of any file in a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce(
    (latest, name) => Math.max(latest, statSync(join(path, name)).mtimeMs),
    stat.mtimeMs,
  );
}

export default function setup(): void {
  const stale =
    !existsSync(synced) ||
    !existsSync(stamp) ||
    inputs.some((input) => newest(join(root, input)) > statSync(stamp).mtimeMs);
  if (stale) {
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, 'sync-content.mjs'), root, cacheDir],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new Error(
        `Syncing the content collections failed:\n${result.stdout}\n${result.stderr}`,
      );
    }
    writeFileSync(stamp, new Date().toISOString());
  }
  const target = join(root, '.astro/data-store.json');
  mkdirSync(join(root, '.astro'), { recursive: true });
  // Written beside the target and renamed, so a run starting meanwhile never reads half a file.
  const partial = `${target}.${process.pid}.partial`;
  copyFileSync(synced, partial);
  renameSync(partial, target);
}
