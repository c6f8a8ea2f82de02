/**
 * Syncs the content layer into a cache directory of its own (run by content-store.ts in a child
 * process: Vite, which runs the global setup, would bundle `astro` and lose its Node API).
 * Usage: node tests/support/sync-content.mjs <root> <cacheDir>
 */
import { sync } from 'astro';

const [root, cacheDir] = process.argv.slice(2);
await sync({ root, cacheDir, logLevel: 'error' });
