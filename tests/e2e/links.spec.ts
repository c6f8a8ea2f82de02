/**
 * The link crawl: every internal href, src and srcset in every built HTML page resolves to a
 * file of the build, stays under the base path, and every #fragment exists on its target page.
 * Runs on the build at "/", on the build at "/medmentor/" (GitHub Pages project sites) and on
 * the example school configuration (hidden tools and track).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from './support/fixtures';
import { buildOf, pagePaths, readText } from './support/site';

const ORIGIN = 'http://site.test';

function urlsIn(root: HTMLElement): string[] {
  const urls: string[] = [];
  for (const el of root.querySelectorAll('[href], [src], [srcset]')) {
    const href = el.getAttribute('href');
    const src = el.getAttribute('src');
    const srcset = el.getAttribute('srcset');
    if (href !== undefined) urls.push(href);
    if (src !== undefined) urls.push(src);
    if (srcset) urls.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  }
  return urls;
}

test('every internal link, asset and fragment resolves @subpath @school', () => {
  const { outDir, base } = buildOf();
  const pages = pagePaths(outDir);
  expect(pages.length).toBeGreaterThan(5);
  const idsByFile = new Map<string, Set<string>>();
  const parsed = new Map<string, HTMLElement>();
  const fileOf = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  const load = (file: string) => {
    let root = parsed.get(file);
    if (!root) {
      root = parse(readText(file));
      parsed.set(file, root);
      idsByFile.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
    }
    return root;
  };

  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const pageUrl = new URL(base.replace(/\/$/, '') + page, ORIGIN);
    const root = load(fileOf(page));
    for (const raw of urlsIn(root)) {
      if (raw.trim().toLowerCase().startsWith('javascript:')) {
        problems.push(`${page}: javascript: URL ${raw}`);
        continue;
      }
      const target = new URL(raw, pageUrl);
      if (target.origin !== ORIGIN) continue; // external, mailto:, data: ...
      checked++;
      if (!target.pathname.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the base path ${base}`);
        continue;
      }
      const sitePath = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
      const file = fileOf(sitePath);
      if (!existsSync(file)) {
        problems.push(`${page}: ${raw} -> no file ${sitePath}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        load(file);
        if (!idsByFile.get(file)?.has(fragment)) {
          problems.push(`${page}: ${raw} -> no element with id "${fragment}" in ${sitePath}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 5);
});
