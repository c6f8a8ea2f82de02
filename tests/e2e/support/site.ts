/** Helpers for reading the built site from disk (dist/ or dist-medmentor/). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, type TestInfo } from '@playwright/test';

export interface Build {
  port: number;
  base: string;
  outDir: string;
}

/** The build the current Playwright project runs against (of the running test unless given). */
export function buildOf(testInfo: TestInfo = test.info()): Build {
  return testInfo.project.metadata as Build;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every HTML page of the build, as site-root paths ("/", "/guides/", "/404.html"). */
export function pagePaths(outDir: string): string[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
