// @ts-check
/**
 * Preloaded into a measured Node process (`node --import`): at exit, writes the process's own
 * peak resident set size (kB) to the file named by BENCH_MAXRSS_FILE. The fallback memory figure
 * where neither /usr/bin/time nor /proc is available.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
  });
}
