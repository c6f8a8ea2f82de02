// @ts-check
/**
 * `npm run bench`: measures the production site in one run and writes bench/results.md (a
 * Markdown report with a Goals section) and bench/results.json (every figure).
 *
 * 1. Build time of the real site: `node scripts/build.mjs --out <tmp>` as a child process, wall
 *    time and peak memory of the process tree (bench/lib/measure-process.mjs).
 * 2. Build time of a generated site: a scratch copy of the site with 1,000 synthetic guides added
 *    (bench/lib/synthetic-site.mjs), built the same way: time, pages per second, peak memory.
 * 3. A directory of thousands: another scratch copy with 5,000 synthetic mentors in one CSV file
 *    (src/content/mentors/mentors.csv, as a school's spreadsheet exports it), built the same way;
 *    the size of its index (/mentors/index.json, raw and gzip), and once served, the directory's
 *    first visit (as in 5) and, with the CPU slowed 4x, the time to the first filtered result and
 *    to the answer of a search keystroke (bench/lib/directory-timing.mjs).
 * 4. Assessment scoring (10,000 answers) and plan filtering (500 goals) with `vitest bench` over
 *    bench/*.bench.ts, using the real src/lib modules.
 * 5. The real build served by `astro preview` on 127.0.0.1:4410 (it gzips, as GitHub Pages does,
 *    so Lighthouse's simulated network sees realistic sizes); for each page:
 *    - first-visit transfer by type, gzip (Playwright in the system Chromium, a fresh context per
 *      page, network idle; bench/lib/transfer.mjs), JavaScript loaded before interaction and its
 *      evaluation time (CDP Performance ScriptDuration, and Lighthouse bootup-time);
 *    - Lighthouse with the default (mobile) config, 3 runs, median per score and metric, and
 *      every audit below full marks (bench/lib/lighthouse.mjs).
 *    A page that answers 404 is reported as "not built" and skipped.
 *
 * Run: npm run bench [-- --runs 3 --guides 1000 --mentors 5000 --port 4410] (0 guides or 0
 * mentors leaves that site out)
 * Needs Chromium (scripts/chromium.mjs: CHROMIUM_PATH, a system Chromium, or Playwright's own). Takes about 5 minutes on 2
 * cores, of which the 5,000-mentor site takes about one (a 42 s build, then 20 s of measuring).
 * Timings are noisy when other work runs on the machine; the report records the load average.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { timeDirectory } from '../bench/lib/directory-timing.mjs';
import { CATEGORIES, runLighthouse, summarize } from '../bench/lib/lighthouse.mjs';
import { runMeasured } from '../bench/lib/measure-process.mjs';
import { goals, markdown } from '../bench/lib/report.mjs';
import { mentorSite, syntheticSite } from '../bench/lib/synthetic-site.mjs';
import { launchBrowser, measureTransfer } from '../bench/lib/transfer.mjs';
import { CHROMIUM_EXECUTABLE } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const started = performance.now();
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    guides: { type: 'string', default: '1000' },
    mentors: { type: 'string', default: '5000' },
    port: { type: 'string', default: '4410' },
  },
});
const runs = Number(values.runs);
const guideCount = Number(values.guides);
const mentorCount = Number(values.mentors);
const port = Number(values.port);
if (!(runs >= 1 && guideCount >= 0 && mentorCount >= 0 && port > 0))
  throw new Error('bad --runs, --guides, --mentors or --port');

const repo = resolve(import.meta.dirname, '..');
const chromePath = CHROMIUM_EXECUTABLE;
const require = createRequire(import.meta.url);
/** @param {string} name */
const versionOf = (name) =>
  /** @type {{ version: string }} */ (require(`${name}/package.json`)).version;
const origin = `http://127.0.0.1:${port}`;

/** The pages measured: name → site-root path. */
const PAGES = new Map([
  ['Home', '/'],
  ['Guide', '/guides/mentees/why-mentorship-matters/'],
  ['Assessment step', '/assessments/clinical-strengths/'],
  ['Assessment results', '/assessments/mentoring-needs/results/'],
  ['Plan', '/plan/'],
  ['Mentor directory', '/mentors/'],
]);

/** @param {string} message */
const log = (message) =>
  console.log(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`,
  );

/** @param {string} dir @returns {number} */
function countHtml(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}

/**
 * Builds a site with scripts/build.mjs and measures it.
 * @param {string} cwd
 * @param {string} outDir
 * @param {string} label
 * @returns {Promise<import('../bench/lib/report.mjs').BuildResult>}
 */
async function measuredBuild(cwd, outDir, label) {
  const args = ['scripts/build.mjs', '--out', outDir];
  const result = await runMeasured(process.execPath, args, { cwd });
  const overBudget = /The offline precache is ([\d.]+) MB; the budget is ([\d.]+) MB/.exec(
    result.output,
  );
  /** @type {import('../bench/lib/report.mjs').BuildResult['status']} */
  const status = result.exitCode === 0 ? 'ok' : overBudget ? 'precache-over-budget' : 'failed';
  const htmlPages = status === 'failed' ? 0 : countHtml(outDir);
  /** @type {string[]} */
  const notes = [];
  if (overBudget) {
    notes.push(
      `The build stopped at its last check: offline precache ${overBudget[1]} MB over the ${overBudget[2]} MB budget.`,
    );
  }
  const skipped = result.output.match(/^\S+ is [\d.]+ MB, and won't be precached/gm) ?? [];
  if (skipped.length > 0) {
    notes.push(
      `Workbox left out of the precache (over 2 MB): ${skipped.map((s) => s.split(' ')[0]).join(', ')}.`,
    );
  }
  return {
    label,
    command: `node ${args.join(' ')}`,
    summary:
      result.output.match(/^(?:Mentor directory: |Built |The whole site would precache ).*$/gm) ??
      [],
    wallMs: Math.round(result.wallMs),
    exitCode: result.exitCode,
    status,
    htmlPages,
    pagesPerSecond: htmlPages / (result.wallMs / 1000),
    memory: result.memory,
    notes,
    ...(status === 'failed' ? { outputTail: result.output.slice(-4000) } : {}),
  };
}

/** Runs vitest bench over bench/*.bench.ts and reads its JSON report. */
async function vitestBench() {
  const dir = mkdtempSync(join(tmpdir(), 'medmentor-vitest-'));
  const file = join(dir, 'bench.json');
  const bin = join(repo, 'node_modules/vitest/vitest.mjs');
  const result = await runMeasured(
    process.execPath,
    [bin, 'bench', '--run', '--outputJson', file, 'bench/'],
    { cwd: repo, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  /** @type {import('../bench/lib/report.mjs').BenchRow[]} */
  const rows = [];
  let error =
    result.exitCode === 0 ? null : `exit ${result.exitCode}: ${result.output.slice(-2000)}`;
  try {
    /** @type {{ files: { filepath: string; groups: { fullName: string; benchmarks: { name: string; hz: number; mean: number; p99: number; rme: number; sampleCount: number }[] }[] }[] }} */
    const report = JSON.parse(readFileSync(file, 'utf8'));
    for (const f of report.files) {
      for (const g of f.groups) {
        for (const b of g.benchmarks) {
          rows.push({
            file: f.filepath.replace(`${repo}/`, ''),
            group: g.fullName.split(' > ').slice(1).join(' > '),
            name: b.name,
            hz: b.hz,
            meanMs: b.mean,
            p99Ms: b.p99,
            rme: b.rme,
            samples: b.sampleCount,
          });
        }
      }
    }
  } catch (e) {
    error ??= `no report: ${e instanceof Error ? e.message : String(e)}`;
  }
  rmSync(dir, { recursive: true, force: true });
  return { rows, error };
}

/** @param {string} url */
async function statusOf(url) {
  try {
    return (await fetch(url, { redirect: 'manual' })).status;
  } catch {
    return 0;
  }
}

/** Serves `outDir` with astro preview (which gzips, like GitHub Pages) until stopped. */
async function serve(/** @type {string} */ outDir) {
  if ((await statusOf(`${origin}/`)) !== 0) {
    throw new Error(`Port ${port} is already in use; pass --port <free port>.`);
  }
  const child = spawn(
    process.execPath,
    [
      join(repo, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: repo, env: { ...process.env, OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const deadline = Date.now() + 30_000;
  while ((await statusOf(`${origin}/`)) !== 200) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`astro preview did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(undefined);
        child.once('exit', () => done(undefined));
        child.kill('SIGTERM');
      }),
  };
}

/** @param {string} cmd @param {string[]} args */
const text = (cmd, args) => {
  try {
    return execFileSync(cmd, args, {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
};

const loadAverageStart = loadavg();
/** @type {string[]} */
const notes = [];
const temp = mkdtempSync(join(tmpdir(), 'medmentor-bench-dist-'));
const dist = join(temp, 'dist');

log('building the site (scripts/build.mjs)');
const real = await measuredBuild(repo, dist, 'Real site');
if (real.status !== 'ok') {
  throw new Error(`The site does not build:\n${real.outputTail ?? ''}`);
}
log(`built ${real.htmlPages} pages in ${(real.wallMs / 1000).toFixed(1)} s`);

/** @type {import('../bench/lib/report.mjs').BuildResult | null} */
let synthetic = null;
if (guideCount > 0) {
  log(`writing a scratch site with ${guideCount} synthetic guides`);
  const site = syntheticSite(repo, guideCount);
  log(`building it (${site.dir})`);
  synthetic = {
    ...(await measuredBuild(
      site.dir,
      join(site.dir, 'dist'),
      `${guideCount.toLocaleString('en-US')} synthetic guides + ${site.realGuides} real`,
    )),
    guides: site.realGuides + site.synthetic,
    syntheticGuides: site.synthetic,
  };
  rmSync(site.dir, { recursive: true, force: true });
  log(
    `built ${synthetic.htmlPages} pages in ${(synthetic.wallMs / 1000).toFixed(1)} s (${synthetic.status})`,
  );
  if (synthetic.status === 'failed')
    notes.push(`The synthetic site failed to build: ${synthetic.outputTail}`);
}

/** @type {import('../bench/lib/report.mjs').DirectoryResult | null} */
let directory = null;
/** The scratch site with many mentors, kept until its build has been served and measured. */
let mentorsDir = '';
if (mentorCount > 0) {
  log(`writing a scratch site with ${mentorCount} synthetic mentors in one CSV file`);
  const site = mentorSite(repo, mentorCount);
  mentorsDir = site.dir;
  log(`building it (${site.dir})`);
  const build = await measuredBuild(
    site.dir,
    join(site.dir, 'dist'),
    `${mentorCount.toLocaleString('en-US')} synthetic mentors (CSV) + the site's own`,
  );
  const indexFile = join(site.dir, 'dist/mentors/index.json');
  const index = build.status !== 'failed' && existsSync(indexFile) ? readFileSync(indexFile) : null;
  directory = {
    syntheticMentors: site.synthetic,
    csvBytes: site.csvBytes,
    mentors: index
      ? /** @type {{ mentors: unknown[] }} */ (JSON.parse(index.toString('utf8'))).mentors.length
      : null,
    build,
    index: index ? { raw: index.length, gzip: gzipSync(index).length } : null,
    transfer: null,
    indexInFirstVisit: null,
    timing: null,
    errors: [],
  };
  log(
    `built ${build.htmlPages} pages in ${(build.wallMs / 1000).toFixed(1)} s (${build.status}); ${build.summary?.join('; ') ?? ''}`,
  );
  if (build.status === 'failed') {
    directory.errors.push(`the build failed: ${build.outputTail ?? ''}`);
  } else if (!index) {
    directory.errors.push('the build wrote no /mentors/index.json');
  }
}

log('vitest bench');
const vitest = await vitestBench();

log(`serving the build on ${origin}`);
const server = await serve(dist);
/** @type {import('../bench/lib/report.mjs').PageResult[]} */
const pages = [];
let chromium = '';
try {
  const browser = await launchBrowser(chromePath);
  chromium = browser.version();
  for (const [name, path] of PAGES) {
    const status = await statusOf(`${origin}${path}`);
    /** @type {import('../bench/lib/report.mjs').PageResult} */
    const page = {
      name,
      path,
      status,
      built: status !== 404,
      transfer: null,
      lighthouse: null,
      lighthouseRuns: [],
      errors: [],
    };
    pages.push(page);
    if (!page.built) {
      log(`${path}: 404, not built`);
      continue;
    }
    try {
      page.transfer = await measureTransfer(browser, `${origin}${path}`);
      log(`${path}: ${(page.transfer.totalGzip / 1024).toFixed(1)} KB gzip`);
    } catch (e) {
      page.errors.push(`transfer: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await browser.close();

  for (const page of pages.filter((p) => p.built)) {
    /** @type {import('../bench/lib/lighthouse.mjs').Run[]} */
    const done = [];
    for (let i = 1; i <= runs; i++) {
      try {
        const run = await runLighthouse(`${origin}${page.path}`, chromePath);
        done.push(run);
        log(
          `${page.path}: Lighthouse ${i}/${runs}: ${CATEGORIES.map((c) => run.scores[c]).join('/')}`,
        );
      } catch (e) {
        page.errors.push(`lighthouse run ${i}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (done.length > 0) {
      page.lighthouse = summarize(done);
      page.lighthouseRuns = done.map(({ scores, metrics }) => ({ scores, metrics }));
    }
  }
} finally {
  await server.stop();
  rmSync(temp, { recursive: true, force: true });
}

// The directory of thousands, served the same way once the real site's server has stopped.
if (directory && directory.errors.length === 0 && directory.mentors !== null) {
  log(`serving the ${directory.mentors}-mentor directory on ${origin}`);
  const mentorServer = await serve(join(mentorsDir, 'dist')).catch((/** @type {unknown} */ e) => {
    directory?.errors.push(`serve: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  try {
    if (!mentorServer) throw new Error('not served');
    const browser = await launchBrowser(chromePath);
    try {
      directory.transfer = await measureTransfer(browser, `${origin}/mentors/`);
      directory.indexInFirstVisit = directory.transfer.resources.some((r) =>
        r.url.endsWith('/mentors/index.json'),
      );
      log(
        `/mentors/ with ${directory.mentors} mentors: ${(directory.transfer.totalGzip / 1024).toFixed(1)} KB gzip (index ${directory.indexInFirstVisit ? '' : 'not '}fetched)`,
      );
    } catch (e) {
      directory.errors.push(`first visit: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      directory.timing = await timeDirectory(browser, `${origin}/mentors/`, {
        mentors: directory.mentors,
      });
      const t = directory.timing;
      log(
        `at ${t.cpuThrottling}x: index ${t.indexMs.toFixed(0)} ms; filter best ${t.filter.bestMs.toFixed(1)} / median ${t.filter.medianMs.toFixed(1)} ms; search keystroke best ${t.search.bestMs.toFixed(1)} / median ${t.search.medianMs.toFixed(1)} ms (first on the page ${t.search.firstMs.toFixed(1)} ms)`,
      );
    } catch (e) {
      directory.errors.push(`timing: ${e instanceof Error ? e.message : String(e)}`);
    }
    await browser.close();
  } catch (e) {
    if (mentorServer)
      directory.errors.push(`browser: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await mentorServer?.stop();
  }
}
if (mentorsDir) rmSync(mentorsDir, { recursive: true, force: true });
for (const e of directory?.errors ?? []) notes.push(`Directory of ${mentorCount} mentors: ${e}`);

for (const p of pages) {
  for (const e of p.errors) notes.push(`${p.path}: ${e}`);
  for (const w of p.lighthouse?.warnings ?? []) notes.push(`${p.path}: Lighthouse warning: ${w}`);
}
if (directory) {
  notes.push(
    `The synthetic mentors (scripts/lib/synthetic-mentors.ts) are marked as samples at a fictional institution; every row is read through the same schema as the site's own mentors. Their build starts cold, like the synthetic guides'.`,
  );
}
notes.push(
  'Sizes: 1 KB = 1,024 bytes, 1 MB = 1,024 KB, 1 GB = 1,024 MB. Transfer sizes are the gzip size of each response body computed with zlib, so they do not depend on the server.',
  `The synthetic guides (bench/lib/synthetic-site.mjs) are valid against the guides schema, about 1,900 words each, with headings, lists, links, glossary terms and the Callout, Activity, Reflection, Case, FacilitatorNote, ToolLink and SupportNote components; the scratch copy starts with empty Astro and Vite caches. The real site is built in the repository, with whatever caches it has.`,
);

const builds = { real, synthetic };
const lhVersion = pages.find((p) => p.lighthouse)?.lighthouse?.settings?.lighthouseVersion;
/** @type {import('../bench/lib/report.mjs').Results} */
const results = {
  date: new Date().toISOString(),
  source: {
    commit: text('git', ['rev-parse', '--short', 'HEAD']) || 'unknown',
    // The previous report does not count as a change.
    dirty:
      text('git', [
        'status',
        '--porcelain',
        '--',
        '.',
        ':!bench/results.md',
        ':!bench/results.json',
      ]) !== '',
  },
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: totalmem() / 1024 ** 3,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    lighthouse: lhVersion ?? versionOf('lighthouse'),
    playwright: versionOf('@playwright/test'),
    astro: versionOf('astro'),
    loadAverageStart,
    loadAverageEnd: loadavg(),
  },
  totalSeconds: 0,
  pages,
  builds,
  directory,
  vitest,
  goals: goals({ pages, builds, directory }),
  notes,
};
results.totalSeconds = Math.round((performance.now() - started) / 100) / 10;

const prettier = await import('prettier');
for (const [file, content] of /** @type {const} */ ([
  [join(repo, 'bench/results.json'), JSON.stringify(results, null, 2)],
  [join(repo, 'bench/results.md'), markdown(results)],
])) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(content, { ...options, filepath: file }));
}
log('wrote bench/results.md and bench/results.json');
for (const g of results.goals) console.log(`${g.met ? '✅' : '❌'} ${g.goal}: ${g.measured}`);
