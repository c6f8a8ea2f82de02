// @ts-check
/**
 * A stand-in for GitHub Pages, for tests: serves a build folder under a base path the way Pages
 * serves a project site (`/<repo>/`). A folder serves its index.html, a folder without a
 * trailing slash redirects to it, and a missing file gets the site's 404.html with status 404.
 * (`astro preview` allows one server per project, and the tests need the root build as well.)
 *
 * Usage: node scripts/serve-pages.mjs --dir dist-medmentor --base /medmentor/ --port 4322
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeBase } from '../src/lib/url.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4322' },
  },
});
const root = resolve(values.dir ?? 'dist');
const base = normalizeBase(values.base ?? '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** @param {string} file @param {number} status @param {import('node:http').ServerResponse} res */
function send(file, status, res) {
  res.writeHead(status, {
    'content-type':
      types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const notFound = join(root, '404.html');
  if (!pathname.startsWith(base)) return send(notFound, 404, res);
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${pathname}/` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return send(notFound, 404, res);
  send(file, 200, res);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
