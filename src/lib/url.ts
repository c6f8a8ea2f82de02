/**
 * Internal URLs. Every internal link and asset URL goes through `url()`, so the site works
 * at the domain root and under a GitHub Pages project path such as `/medmentor/`.
 */

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Normalizes a base path to start and end with exactly one slash: "medmentor" -> "/medmentor/". */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a site-root path with the base path. External URLs (with a scheme or `//`),
 * in-page fragments, queries and relative paths are returned unchanged.
 */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || EXTERNAL.test(path)) return path;
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** Removes the base path from a pathname, giving the site-root path: "/medmentor/guides/" -> "/guides/". */
export function stripBase(base: string, pathname: string): string {
  const b = normalizeBase(base);
  if (b === '/' || !pathname.startsWith(b)) return pathname;
  return `/${pathname.slice(b.length)}`;
}

/**
 * The site's base path, as Astro was configured (BASE_PATH at build time). `env` is absent only
 * when plain Node loads this file (scripts/build.mjs, for normalizeBase).
 */
export const base = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** A site-root path ("/guides/") as a URL that works under the configured base path. */
export function url(path: string): string {
  return joinBase(base, path);
}

/** Whether `pathname` (as the browser sees it) is the page at `path` or below it. */
export function isCurrent(pathname: string, path: string, exact = false): boolean {
  const here = stripBase(base, pathname).replace(/\/?$/, '/');
  const target = path.replace(/\/?$/, '/');
  return exact || target === '/' ? here === target : here.startsWith(target);
}
