// @ts-check
/**
 * The production build pipeline: astro build, then the pagefind search index.
 * Later steps (the service worker) are added here, so `npm run build`, `npm start`, the tests
 * and the deploy workflow all build the site the same way.
 *
 * Usage: node scripts/build.mjs [--base /medmentor/] [--out dist-medmentor]
 * (defaults: BASE_PATH and OUT_DIR from the environment, else "/" and "dist")
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string' } },
});
if (values.base) process.env.BASE_PATH = values.base;
if (values.out) process.env.OUT_DIR = values.out;
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

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Built ${outDir} (base ${process.env.BASE_PATH || '/'}): ${added.page_count} pages indexed for search in ${seconds} s`,
);
