/** Builds scratch copies of the site (with one file changed) for tests of build-time checks. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '../..');
const scratch: string[] = [];

/** A copy of the site's sources with `files` written over it (path -> content). */
export function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'medmentor-build-'));
  scratch.push(dir);
  for (const name of [
    'package.json',
    'astro.config.mjs',
    'tsconfig.json',
    'medmentor.config.ts',
    'src',
    'public',
  ]) {
    cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  return dir;
}

/** Runs `astro build` in a scratch site. */
export function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Removes every scratch site made so far. */
export function cleanUp(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}
