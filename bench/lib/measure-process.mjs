// @ts-check
/**
 * Runs a command as a child process and measures its wall time and peak memory, three ways
 * where the platform allows:
 * - `/usr/bin/time -v` (GNU time): the kernel's peak resident set size of the largest single
 *   process in the tree (getrusage of waited-for children);
 * - polling /proc every 100 ms (Linux): the sum of VmRSS over the whole process tree (the build
 *   runs Node plus the Pagefind and esbuild binaries), sampled, and the sum of each process's
 *   VmHWM (its own peak) as an upper bound;
 * - for a Node command, a preloaded module that records `process.resourceUsage().maxRSS` of the
 *   main Node process at exit (works on every platform).
 * The peak reported is the largest of the available figures except the HWM upper bound.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hook = join(import.meta.dirname, 'maxrss-hook.mjs');

/**
 * @typedef {object} Memory
 * @property {number | null} peakKB the peak memory reported (largest figure measured)
 * @property {number | null} timeMaxRssKB GNU time: peak RSS of the largest process in the tree
 * @property {number | null} treeSampledPeakKB /proc: largest sampled sum of VmRSS over the tree
 * @property {number | null} treeHwmSumKB /proc: sum of each process's VmHWM (upper bound)
 * @property {number | null} nodeMaxRssKB the main Node process's own peak RSS
 * @property {number} processesSeen processes seen in the tree while polling
 * @property {{ name: string; peakKB: number }[]} processes each process's own peak (VmHWM), largest first
 * @property {string} method how the peak was measured, in words
 */

/**
 * @typedef {object} Measured
 * @property {number} wallMs
 * @property {number | null} exitCode
 * @property {string | null} signal
 * @property {string} output stdout and stderr, interleaved
 * @property {Memory} memory
 */

/** Parent pid of every process, from /proc/<pid>/stat. */
function parents() {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/**
 * @param {number} pid
 * @returns {{ program: string; name: string; rss: number; hwm: number } | null} memory in kB
 */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // The program's file name, from its command line (empty once the process is exiting); the
    // status Name is a thread name, cut at 15 characters ("MainThread" for Node).
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    const program = argv0.split('/').pop() ?? '';
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return { program, name, rss: Number(rss?.[1] ?? 0), hwm: Number(hwm?.[1] ?? 0) };
  } catch {
    return null;
  }
}

/** Samples the memory of a process tree until stopped. */
function treeSampler(/** @type {number} */ root) {
  /** @type {Map<number, { name: string; hwm: number }>} */
  const hwm = new Map();
  let peak = 0;
  const sample = () => {
    const children = parents();
    const stack = [root];
    let sum = 0;
    while (stack.length > 0) {
      const pid = /** @type {number} */ (stack.pop());
      const mem = memoryOf(pid);
      if (mem) {
        sum += mem.rss;
        const seen = hwm.get(pid);
        hwm.set(pid, {
          name: mem.program || seen?.name || mem.name,
          hwm: Math.max(seen?.hwm ?? 0, mem.hwm),
        });
      }
      stack.push(...(children.get(pid) ?? []));
    }
    peak = Math.max(peak, sum);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      return {
        peak,
        hwmSum: [...hwm.values()].reduce((sum, p) => sum + p.hwm, 0),
        processes: [...hwm.values()]
          .map((p) => ({ name: p.name, peakKB: p.hwm }))
          .sort((a, b) => b.peakKB - a.peakKB),
      };
    },
  };
}

/**
 * Runs `command args` in `cwd` and measures it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }} options
 * @returns {Promise<Measured>}
 */
export async function runMeasured(command, args, { cwd, env = process.env, echo = false }) {
  const scratch = mkdtempSync(join(tmpdir(), 'medmentor-measure-'));
  const timeFile = join(scratch, 'time.txt');
  const rssFile = join(scratch, 'maxrss.json');
  const isNode = command === process.execPath;
  const fullArgs = isNode ? ['--import', pathToFileURL(hook).href, ...args] : args;
  const useTime = process.platform === 'linux' && existsSync(GNU_TIME);
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, command, ...fullArgs]]
    : [command, fullArgs];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd,
    env: { ...env, BENCH_MAXRSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler =
    process.platform === 'linux' && existsSync('/proc') && child.pid
      ? treeSampler(child.pid)
      : null;
  let output = '';
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    output += chunk.toString();
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {[number | null, string | null]} */
  const [exitCode, signal] = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  const wallMs = performance.now() - started;
  const tree = sampler?.stop() ?? null;

  /** @type {number | null} */
  let timeMaxRssKB = null;
  if (useTime && existsSync(timeFile)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(
      readFileSync(timeFile, 'utf8'),
    );
    if (match) timeMaxRssKB = Number(match[1]);
  }
  /** @type {number | null} */
  let nodeMaxRssKB = null;
  if (existsSync(rssFile)) nodeMaxRssKB = JSON.parse(readFileSync(rssFile, 'utf8')).maxRSS;
  rmSync(scratch, { recursive: true, force: true });

  const figures = [timeMaxRssKB, tree?.peak ?? null, nodeMaxRssKB].filter(
    /** @returns {n is number} */ (n) => typeof n === 'number' && n > 0,
  );
  const sources = [
    tree ? 'sum of VmRSS over the process tree (sampled every 100 ms from /proc)' : null,
    timeMaxRssKB !== null ? 'peak RSS of the largest single process (/usr/bin/time -v)' : null,
    nodeMaxRssKB !== null ? 'peak RSS of the main Node process (process.resourceUsage)' : null,
  ].filter(Boolean);
  const method = sources.length > 0 ? `largest of: ${sources.join('; ')}` : 'not measured';
  return {
    wallMs,
    exitCode,
    signal,
    output,
    memory: {
      peakKB: figures.length > 0 ? Math.max(...figures) : null,
      timeMaxRssKB,
      treeSampledPeakKB: tree?.peak ?? null,
      treeHwmSumKB: tree?.hwmSum ?? null,
      nodeMaxRssKB,
      processesSeen: tree?.processes.length ?? 0,
      processes: tree?.processes ?? [],
      method: method || 'not measured on this platform',
    },
  };
}
