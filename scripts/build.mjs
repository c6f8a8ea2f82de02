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
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' } },
});
if (values.base) process.env.BASE_PATH = values.base;
if (values.out) process.env.OUT_DIR = values.out;
if (values.config) process.env.MEDMENTOR_CONFIG = values.config;
const outDir = resolve(process.env.OUT_DIR || 'dist');

const started = performance.now();
const { build } = await import('astro');
await build({ logLevel: 'warn' });

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
const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const { generateSW } = await import('workbox-build');
const sw = await generateSW({
  globDirectory: outDir,
  globPatterns: [
    '**/*.{html,css,js,svg,png,webp,avif,jpg,ico,webmanifest,json,txt}',
    'pagefind/**/*',
  ],
  // Pagefind also writes its ready-made UIs; the site uses its own dialog, so they stay out.
  globIgnores: ['sw.js', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'],
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
});
if (sw.warnings.length > 0) console.warn(sw.warnings.join('\n'));
const precacheMB = sw.size / 1024 / 1024;
if (precacheMB > 3)
  throw new Error(`The offline precache is ${precacheMB.toFixed(2)} MB; the budget is 3 MB.`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Built ${outDir} (base ${base}) in ${seconds} s: ${added.page_count} pages indexed for search; offline precache ${sw.count} files, ${(sw.size / 1024).toFixed(0)} KB`,
);
