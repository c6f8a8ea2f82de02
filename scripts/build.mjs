// @ts-check
/**
 * The production build pipeline: astro build, the Pagefind search index, the search dialog
 * (search.js, loaded only when someone searches), then the Workbox service worker that
 * precaches the whole site for offline use. `npm run build`, `npm start`, the tests and the
 * deploy workflow all build the site this way.
 *
 * Usage: node scripts/build.mjs [--base /medmentor/] [--out dist-medmentor] [--config file]
 * (defaults: BASE_PATH, OUT_DIR and MEDMENTOR_CONFIG from the environment, else "/", "dist" and
 * medmentor.config.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../src/lib/url.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' } },
});
if (values.base) process.env.BASE_PATH = values.base;
if (values.out) process.env.OUT_DIR = values.out;
if (values.config) process.env.MEDMENTOR_CONFIG = values.config;
const outDir = resolve(process.env.OUT_DIR || 'dist');

const started = performance.now();
// Astro builds in a child process, so its memory is released before Pagefind indexes the
// pages: a 1,000-guide site then peaks at what the larger of the two needs, not their sum.
const astro = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', "await (await import('astro')).build({ logLevel: 'warn' })"],
  { stdio: 'inherit', env: process.env },
);
if (astro.status !== 0) process.exit(astro.status ?? 1);

const pagefind = await import('pagefind');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [resolve('src/search/search.ts')],
  outfile: resolve(outDir, 'search.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});

// Offline: precache every page, style, script, image and the search index, under the base path.
// A site too large to precache whole (many hundreds of guides) keeps its frame,
// tools and track pages in the precache and caches guides and search fragments as they are
// visited, with a warning; only a frame over budget fails the build.
const BUDGET_MB = 3;
const base = normalizeBase(process.env.BASE_PATH || '/');
// The mentor directory grows with the school: profiles and photos are cached when opened, never
// precached, and the directory index is precached only while it is small (a few hundred
// mentors); past that it is cached the first time the directory is opened.
const INDEX_PRECACHE_KB = 256;
const indexFile = resolve(outDir, 'mentors/index.json');
const directoryIndex = existsSync(indexFile) ? readFileSync(indexFile) : null;
const indexKB = directoryIndex ? directoryIndex.length / 1024 : 0;
const { generateSW } = await import('workbox-build');
/** @param {boolean} whole */
const serviceWorker = (whole) =>
  generateSW({
    globDirectory: outDir,
    globPatterns: [
      '**/*.{html,css,js,svg,png,webp,avif,jpg,ico,webmanifest,json,txt}',
      'pagefind/**/*',
    ],
    // Pagefind also writes its ready-made UIs; the site uses its own dialog, so they stay out.
    globIgnores: [
      'sw.js',
      'pagefind/pagefind-*ui.*',
      'pagefind/pagefind-highlight.js',
      // Print views (facilitator sheets, a track's handbook and session plan) repeat the guides
      // to print before a session: cached when opened, like any page outside the precache, so
      // they do not weigh on every phone's first visit (the guides themselves are precached).
      'guides/*/*/sheet/index.html',
      'guides/*/handbook/index.html',
      'guides/*/session-plan/index.html',
      // Mentor profiles and photos, however many there are (see INDEX_PRECACHE_KB above).
      'mentors/*/index.html',
      '_astro/*.webp',
      ...(indexKB > INDEX_PRECACHE_KB ? ['mentors/index.json'] : []),
      // Too large to precache whole: guide pages (with handbooks and session plans) and the
      // search index chunks are cached as they are opened.
      ...(whole ? [] : ['guides/*/*/index.html', 'pagefind/fragment/**', 'pagefind/index/**']),
    ],
    modifyURLPrefix: { '': base },
    swDest: resolve(outDir, 'sw.js'),
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: /\/_astro\//,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the person chooses "Reload", never a half-updated site.
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Pages and search fragments not in the precache: the network first, the cache offline.
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' || /\/pagefind\/(fragment|index)\//.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'medmentor-visited', expiration: { maxEntries: 300 } },
      },
      // The directory index when too large to precache: the network first (a new deployment's
      // list), the kept copy offline or after 5 s on a slow connection.
      {
        // (Patterns are regular expressions: functions are copied into sw.js without their scope.)
        urlPattern: /\/mentors\/index\.json$/,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'medmentor-directory',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 2 },
        },
      },
      // Mentor photos (192 px WebP, hashed names that never change): kept once seen.
      {
        urlPattern: /\/_astro\/[^/]+\.webp$/,
        handler: 'CacheFirst',
        options: { cacheName: 'medmentor-photos', expiration: { maxEntries: 300 } },
      },
    ],
  });
let sw = await serviceWorker(true);
let whole = true;
const wholeMB = sw.size / 1024 / 1024;
if (wholeMB > BUDGET_MB) {
  whole = false;
  sw = await serviceWorker(false);
  console.warn(
    `The whole site would precache ${wholeMB.toFixed(1)} MB, over the ${BUDGET_MB} MB budget: guides and search results are cached as people open them instead of all on the first visit.`,
  );
}
if (sw.warnings.length > 0) console.warn(sw.warnings.join('\n'));
const precacheMB = sw.size / 1024 / 1024;
if (precacheMB > BUDGET_MB)
  throw new Error(
    `The offline precache is ${precacheMB.toFixed(2)} MB without the guides; the budget is ${BUDGET_MB} MB.`,
  );

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (directoryIndex) {
  const count = /** @type {{ mentors: unknown[] }} */ (JSON.parse(directoryIndex.toString()))
    .mentors.length;
  const gzipKB = gzipSync(directoryIndex).length / 1024;
  console.log(
    `Mentor directory: ${count} mentors; index ${indexKB.toFixed(0)} KB (${gzipKB.toFixed(1)} KB gzip), ${indexKB > INDEX_PRECACHE_KB ? 'cached when the directory is first opened' : 'precached'}; profiles cached when opened`,
  );
}
console.log(
  `Built ${outDir} (base ${base}) in ${seconds} s: ${added.page_count} pages indexed for search; offline precache ${sw.count} files, ${(sw.size / 1024).toFixed(0)} KB${whole ? '' : ' (guides cached when visited)'}`,
);
