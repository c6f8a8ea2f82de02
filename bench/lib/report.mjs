// @ts-check
/**
 * Goals and the Markdown report, computed from the measured results only: every ✅ and ❌ comes
 * from a comparison with a number in `results`, never from a constant.
 */

export const KB = 1024;
export const MB = 1024 * KB;

/**
 * @typedef {import('./transfer.mjs').Transfer} Transfer
 * @typedef {ReturnType<typeof import('./lighthouse.mjs').summarize>} LighthouseSummary
 * @typedef {import('./lighthouse.mjs').Run} LighthouseRun
 * @typedef {import('./measure-process.mjs').Memory} Memory
 * @typedef {import('./directory-timing.mjs').DirectoryTiming} DirectoryTiming
 */

/**
 * @typedef {object} PageResult
 * @property {string} name
 * @property {string} path
 * @property {number} status HTTP status of the page
 * @property {boolean} built
 * @property {Transfer | null} transfer
 * @property {LighthouseSummary | null} lighthouse
 * @property {Pick<LighthouseRun, 'scores' | 'metrics'>[]} lighthouseRuns
 * @property {string[]} errors
 */

/**
 * @typedef {object} BuildResult
 * @property {string} label
 * @property {string} command
 * @property {number} wallMs
 * @property {number | null} exitCode
 * @property {'ok' | 'precache-over-budget' | 'failed'} status
 * @property {number} htmlPages
 * @property {number} pagesPerSecond
 * @property {Memory} memory
 * @property {number} [guides] guide files in the site
 * @property {number} [syntheticGuides]
 * @property {string[]} notes
 * @property {string[]} [summary] the lines the build prints about itself (directory, precache)
 * @property {string} [outputTail] the end of the output, when the build failed
 */

/**
 * @typedef {object} DirectoryResult
 * @property {number} syntheticMentors mentors in the generated CSV
 * @property {number} csvBytes size of the generated CSV
 * @property {number | null} mentors mentors in the built index (the CSV's and the site's own)
 * @property {BuildResult} build
 * @property {{ raw: number; gzip: number } | null} index bytes of dist/mentors/index.json
 * @property {Transfer | null} transfer first visit of /mentors/
 * @property {boolean | null} indexInFirstVisit whether /mentors/index.json was fetched on it
 * @property {DirectoryTiming | null} timing
 * @property {string[]} errors
 */

/**
 * @typedef {object} BenchRow
 * @property {string} file
 * @property {string} group
 * @property {string} name
 * @property {number} hz
 * @property {number} meanMs
 * @property {number} p99Ms
 * @property {number} rme
 * @property {number} samples
 */

/**
 * @typedef {object} Results
 * @property {string} date
 * @property {{ commit: string; dirty: boolean }} source
 * @property {{ cores: number; cpu: string; memoryGB: number; os: string; node: string; chromium: string; lighthouse: string; playwright: string; astro: string; loadAverageStart: number[]; loadAverageEnd: number[] }} machine
 * @property {number} totalSeconds
 * @property {PageResult[]} pages
 * @property {{ real: BuildResult | null; synthetic: BuildResult | null }} builds
 * @property {DirectoryResult | null} directory the site with thousands of synthetic mentors
 * @property {{ rows: BenchRow[]; error: string | null }} vitest
 * @property {Goal[]} goals
 * @property {string[]} notes
 */

/**
 * @typedef {object} Goal
 * @property {string} goal
 * @property {string} measured
 * @property {boolean} met
 */

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** @param {number} ms */
const millis = (ms) => `${ms.toFixed(1)} ms`;
/** @param {number | null | undefined} kB */
const mbOfKB = (kB) =>
  typeof kB === 'number' ? `${Math.round(kB / 1024).toLocaleString('en-US')} MB` : 'n/a';
/** @param {number | null | undefined} n @param {number} [digits] */
const num = (n, digits = 0) =>
  typeof n === 'number'
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';
/** @param {boolean} ok */
const mark = (ok) => (ok ? '✅' : '❌');
/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The goals, checked against the measured numbers.
 * @param {Pick<Results, 'pages' | 'builds' | 'directory'>} results
 * @returns {Goal[]}
 */
export function goals({ pages, builds, directory }) {
  /** @type {Goal[]} */
  const list = [];
  const measured = pages.filter((p) => p.lighthouse);
  const notBuilt = pages.filter((p) => !p.built).map((p) => `\`${p.path}\``);
  const below = measured.filter((p) =>
    Object.values(/** @type {LighthouseSummary} */ (p.lighthouse).scores).some((s) => s !== 100),
  );
  const unmeasured = pages.filter((p) => p.built && !p.lighthouse).map((p) => `\`${p.path}\``);
  const dips = measured.flatMap((p) =>
    p.lighthouseRuns.flatMap(({ scores: s }, i) =>
      Object.values(s).some((v) => v !== 100)
        ? [
            `\`${p.path}\` run ${i + 1} ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`,
          ]
        : [],
    ),
  );
  list.push({
    goal: 'Lighthouse mobile 100/100/100/100 on every measured page',
    measured:
      (below.length === 0
        ? `all ${measured.length} measured pages at 100/100/100/100 (median of runs)`
        : below
            .map((p) => {
              const s = /** @type {LighthouseSummary} */ (p.lighthouse).scores;
              return `\`${p.path}\` ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`;
            })
            .join('; ')) +
      (dips.length ? `; single runs below 100: ${dips.join(', ')}` : '') +
      (unmeasured.length ? `; Lighthouse failed on ${unmeasured.join(', ')}` : '') +
      (notBuilt.length ? `; not built, so not measured: ${notBuilt.join(', ')}` : ''),
    met: measured.length > 0 && below.length === 0 && unmeasured.length === 0,
  });
  const guide = pages.find((p) => p.path.startsWith('/guides/'));
  const lcp = guide?.lighthouse?.metrics.lcp ?? null;
  list.push({
    goal: 'LCP ≤ 0.8 s on the guide page (Lighthouse mobile, median)',
    measured:
      lcp === null
        ? 'not measured'
        : `${seconds(lcp)} (FCP ${seconds(guide?.lighthouse?.metrics.fcp ?? 0)})`,
    met: lcp !== null && lcp <= 800,
  });
  const total = guide?.transfer?.totalGzip ?? null;
  const sw = guide?.transfer?.serviceWorker;
  list.push({
    goal: 'Guide total transfer ≤ 20 KB (gzip, the page’s own requests)',
    measured:
      total === null
        ? 'not measured'
        : `${kb(total)}${sw && sw.requests > 0 ? `; then, in the background, the service worker precaches ${sw.requests} files, ${kb(sw.gzip)} gzip (not counted)` : ''}`,
    met: total !== null && total <= 20 * KB,
  });
  const big = builds.synthetic;
  const completed = big !== null && big.status !== 'failed';
  const peak = big?.memory.peakKB ?? null;
  list.push({
    goal: `${num(big?.syntheticGuides ?? 1000)}-guide build < 60 s with peak memory < 2 GB`,
    measured: !big
      ? 'not measured'
      : !completed
        ? `build failed after ${seconds(big.wallMs)}`
        : `${seconds(big.wallMs)}, peak ${mbOfKB(peak)} for the process tree (largest single process ${mbOfKB(big.memory.timeMaxRssKB ?? big.memory.nodeMaxRssKB)})${big.status === 'precache-over-budget' ? ' (every step ran; the build then stopped on the 3 MB offline precache budget)' : ''}`,
    met: completed && big.wallMs < 60_000 && peak !== null && peak < 2 * 1024 * 1024,
  });

  // The directory page of the site itself (a handful of mentors) and of the generated one.
  const own = pages.find((p) => p.path === '/mentors/')?.transfer ?? null;
  const large = directory?.transfer ?? null;
  const largeIndex = large?.resources.find((r) => r.url.endsWith('/mentors/index.json'));
  list.push({
    goal: 'Directory first visit ≤ 60 KB gzip at any size',
    measured: [
      own
        ? `the site's own directory ${kb(own.totalGzip)}`
        : "the site's own directory not measured",
      !directory
        ? 'no large directory measured'
        : large
          ? `${num(directory.mentors)} mentors ${kb(large.totalGzip)} (${largeIndex ? `of which /mentors/index.json ${kb(largeIndex.gzip)}, fetched on the first visit` : 'the index not fetched on the first visit'})`
          : `${num(directory.mentors ?? directory.syntheticMentors)} mentors not measured`,
    ].join('; '),
    met: own !== null && large !== null && Math.max(own.totalGzip, large.totalGzip) <= 60 * KB,
  });

  const t = directory?.timing ?? null;
  list.push({
    goal: 'Filter/search answer < 50 ms at 4x CPU throttling',
    measured: t
      ? `${num(directory?.mentors)} mentors at ${t.cpuThrottling}x: ticking a filter ${millis(t.filter.medianMs)} median (best ${millis(t.filter.bestMs)}), a search keystroke ${millis(t.search.medianMs)} median (best ${millis(t.search.bestMs)}), ${t.tries} tries each; not counted: the first keystroke on the page, typed right after focusing while the search is built, ${millis(t.search.firstMs)}`
      : 'not measured',
    met: t !== null && t.cpuThrottling >= 4 && t.filter.medianMs < 50 && t.search.medianMs < 50,
  });
  return list;
}

/**
 * @param {Results} r
 * @returns {string}
 */
export function markdown(r) {
  const lines = [];
  const m = r.machine;
  lines.push('# MedMentor benchmark', '');
  lines.push(
    `Generated by \`npm run bench\` (scripts/bench.mjs). Raw figures: [results.json](results.json).`,
    '',
  );
  lines.push(`- Date: ${r.date}`);
  lines.push(`- Commit: ${r.source.commit}${r.source.dirty ? ' (with uncommitted changes)' : ''}`);
  lines.push(
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB.toFixed(1)} GB memory, ${m.os}; load average ${m.loadAverageStart.map((n) => n.toFixed(2)).join(' / ')} at the start, ${m.loadAverageEnd.map((n) => n.toFixed(2)).join(' / ')} at the end (1/5/15 min)`,
  );
  lines.push(
    `- Software: Node ${m.node}, Chromium ${m.chromium}, Lighthouse ${m.lighthouse}, Playwright ${m.playwright}, Astro ${m.astro}`,
  );
  lines.push(`- Total bench wall time: ${seconds(r.totalSeconds * 1000)}`);
  lines.push('');

  lines.push('## Goals', '');
  lines.push('| Goal | Measured | Met |', '| --- | --- | --- |');
  for (const g of r.goals) lines.push(`| ${cell(g.goal)} | ${cell(g.measured)} | ${mark(g.met)} |`);
  lines.push('');

  lines.push('## First visit: bytes transferred', '');
  lines.push(
    'Gzip sizes of every response body (zlib, default level) in a fresh Chromium context (Playwright, desktop viewport), up to network idle. The service worker column is what the service worker downloads after load (its offline precache), not counted in the total.',
    '',
  );
  lines.push(
    '| Page | Path | HTML | CSS | JS | Images | Other | Total | Requests | Service worker precache after load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const p of r.pages) {
    const t = p.transfer;
    if (!t) {
      lines.push(
        `| ${p.name} | \`${p.path}\` | ${p.built ? `not measured: ${cell(p.errors.join('; '))}` : `not built (HTTP ${p.status})`} | — | — | — | — | — | — | — |`,
      );
      continue;
    }
    lines.push(
      `| ${p.name} | \`${p.path}\` | ${kb(t.gzip.html)} | ${kb(t.gzip.css)} | ${kb(t.gzip.js)} | ${kb(t.gzip.images)} | ${kb(t.gzip.other)} | **${kb(t.totalGzip)}** | ${t.requests} | ${t.serviceWorker.requests} files, ${kb(t.serviceWorker.gzip)} |`,
    );
  }
  lines.push('');

  lines.push('## JavaScript before interaction', '');
  lines.push(
    'Script files loaded before any interaction (gzip), inline scripts in the HTML (gzip, already counted in HTML above), and script evaluation time two ways: the CDP Performance metric `ScriptDuration` from the same Playwright visit (desktop, no throttling), and the Lighthouse `bootup-time` audit (total main-thread time attributed to scripts, mobile profile, so observed time × 4 CPU slowdown; median of the Lighthouse runs).',
    '',
  );
  lines.push(
    '| Page | Script files | Script files gzip | Inline scripts gzip | Script evaluation (CDP ScriptDuration) | Lighthouse bootup-time |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const p of r.pages) {
    const t = p.transfer;
    if (!t) {
      lines.push(`| ${p.name} | ${p.built ? 'not measured' : 'not built'} | — | — | — | — |`);
      continue;
    }
    const boot = p.lighthouse?.metrics.bootup;
    lines.push(
      `| ${p.name} | ${t.jsBeforeInteraction.files} | ${kb(t.jsBeforeInteraction.gzip)} | ${t.inlineScripts.count} scripts, ${kb(t.inlineScripts.gzip)} | ${num(t.cdp.scriptDurationMs, 1)} ms | ${typeof boot === 'number' ? `${num(boot)} ms` : 'n/a'} |`,
    );
  }
  lines.push('');

  const runs = r.pages.find((p) => p.lighthouse)?.lighthouse?.runs ?? 0;
  const settings = r.pages.find((p) => p.lighthouse)?.lighthouse?.settings;
  lines.push('## Lighthouse (mobile)', '');
  lines.push(
    `Default Lighthouse config (form factor: ${settings?.formFactor ?? 'n/a'}, throttling: ${settings?.throttlingMethod ?? 'n/a'}), a fresh Chromium per run, the site served gzipped by \`astro preview\`. Median of ${runs} runs, per score and per metric.`,
    '',
  );
  lines.push(
    '| Page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | Performance by run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const p of r.pages) {
    const l = p.lighthouse;
    if (!l) {
      lines.push(
        `| ${p.name} | ${p.built ? `not measured: ${cell(p.errors.join('; '))}` : 'not built'} | — | — | — | — | — | — | — | — |`,
      );
      continue;
    }
    const s = l.scores;
    const x = l.metrics;
    lines.push(
      `| ${p.name} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${x.fcp === null ? 'n/a' : seconds(x.fcp)} | ${x.lcp === null ? 'n/a' : seconds(x.lcp)} | ${num(x.tbt)} ms | ${num(x.cls, 3)} | ${p.lighthouseRuns.map((run) => run.scores.performance).join(', ')} |`,
    );
  }
  lines.push('');
  lines.push('Audits below full marks, by page (any run; "k/n" is how many runs):', '');
  for (const p of r.pages) {
    const l = p.lighthouse;
    if (!l) continue;
    const weighted = l.deductions.filter((d) => d.weight > 0);
    const unweighted = l.deductions.filter((d) => d.weight === 0);
    const fmt = (/** @type {LighthouseSummary['deductions']} */ list) =>
      list
        .map(
          (d) => `\`${d.id}\`${d.displayValue ? ` (${d.displayValue})` : ''} ${d.runs}/${l.runs}`,
        )
        .join(', ');
    lines.push(
      `- ${p.name}: ${weighted.length ? `counted in the score: ${fmt(weighted)}` : 'no audit that counts in the score is below full marks'}.${unweighted.length ? ` Not counted (weight 0): ${fmt(unweighted)}.` : ''}${l.lcpElements.length ? ` LCP element: \`${l.lcpElements.join('`, `')}\`.` : ''}${l.renderBlocking.length ? ` Render-blocking: ${l.renderBlocking.map((u) => `\`${new URL(u).pathname}\``).join(', ')}.` : ''}`,
    );
  }
  lines.push('');

  lines.push('## Build', '');
  lines.push(
    '`node scripts/build.mjs --out <tmp>` (astro build, Pagefind index, search dialog, Workbox service worker) as a child process: wall time and peak memory of the process tree.',
    '',
  );
  lines.push(
    '| Site | HTML pages | Wall time | Pages per second | Peak memory | Exit | Notes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const b of [r.builds.real, r.builds.synthetic, r.directory?.build ?? null]) {
    if (!b) continue;
    lines.push(
      `| ${cell(b.label)} | ${num(b.htmlPages)} | ${seconds(b.wallMs)} | ${num(b.pagesPerSecond, 1)} | ${mbOfKB(b.memory.peakKB)} | ${b.exitCode} (${b.status}) | ${cell(b.notes.join(' ')) || '—'} |`,
    );
  }
  lines.push('');
  lines.push(
    '| Site | Tree RSS, sampled peak | Largest process (GNU time) | Main Node process | Sum of per-process peaks (upper bound) | Peak of each process |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const b of [r.builds.real, r.builds.synthetic, r.directory?.build ?? null]) {
    if (!b) continue;
    const mem = b.memory;
    lines.push(
      `| ${cell(b.label)} | ${mbOfKB(mem.treeSampledPeakKB)} | ${mbOfKB(mem.timeMaxRssKB)} | ${mbOfKB(mem.nodeMaxRssKB)} | ${mbOfKB(mem.treeHwmSumKB)} | ${mem.processes.map((p) => `${cell(p.name)} ${mbOfKB(p.peakKB)}`).join(', ') || 'n/a'} |`,
    );
  }
  lines.push('');
  lines.push(`Peak memory: ${r.builds.real?.memory.method ?? 'n/a'}.`, '');

  if (r.directory) lines.push(...directorySection(r.directory));

  lines.push('## Assessment scoring and plan filtering (vitest bench)', '');
  lines.push(
    '`vitest bench --run` over `bench/*.bench.ts` with the real modules in `src/lib/` (Node, no browser).',
    '',
  );
  if (r.vitest.error) lines.push(`Vitest bench failed: ${r.vitest.error}`, '');
  lines.push(
    '| Benchmark | Operations per second (hz) | Mean | p99 | ±rme | Samples |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const row of r.vitest.rows) {
    lines.push(
      `| ${cell(row.group)} › ${cell(row.name)} | ${num(row.hz, 1)} | ${num(row.meanMs, 3)} ms | ${num(row.p99Ms, 3)} ms | ${num(row.rme, 2)}% | ${num(row.samples)} |`,
    );
  }
  lines.push('');

  if (r.notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of r.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The section on the site with thousands of generated mentors.
 * @param {DirectoryResult} d
 * @returns {string[]}
 */
function directorySection(d) {
  const b = d.build;
  const t = d.transfer;
  const x = d.timing;
  const rate = x ? `${x.cpuThrottling}x` : '4x';
  const lines = [`## A directory of ${num(d.syntheticMentors)} mentors`, ''];
  lines.push(
    `A scratch copy of the site with ${num(d.syntheticMentors)} generated mentors in \`src/content/mentors/mentors.csv\` (scripts/lib/synthetic-mentors.ts, a seeded generator; the CSV as a spreadsheet exports it, ${kb(d.csvBytes)}), beside the site's own mentors, built with the same pipeline as above and served the same way. First visit as in "First visit" above; the times are measured in the page with the CPU slowed ${rate} (CDP \`Emulation.setCPUThrottlingRate\`), service workers blocked, from the input event to the change of the announced count (bench/lib/directory-timing.mjs).`,
    '',
  );
  lines.push('| Measure | Value |', '| --- | --- |');
  lines.push(
    `| Mentors | ${d.mentors === null ? `${num(d.syntheticMentors)} in the CSV; the index was not built` : `${num(d.mentors)} in the index (${num(d.syntheticMentors)} from the CSV, ${num(d.mentors - d.syntheticMentors)} of the site's own)`} |`,
  );
  lines.push(
    `| Build | ${seconds(b.wallMs)} wall time, peak memory ${mbOfKB(b.memory.peakKB)}, ${num(b.htmlPages)} HTML pages, exit ${b.exitCode} (${b.status}) |`,
  );
  for (const line of b.summary ?? []) lines.push(`| The build says | ${cell(line)} |`);
  lines.push(
    `| Index, \`/mentors/index.json\` | ${d.index ? `${kb(d.index.raw)} raw, **${kb(d.index.gzip)} gzip**` : 'not built'} |`,
  );
  lines.push(
    `| First visit of \`/mentors/\`, gzip | ${t ? `HTML ${kb(t.gzip.html)}, CSS ${kb(t.gzip.css)}, JS ${kb(t.gzip.js)}, images ${kb(t.gzip.images)}, other ${kb(t.gzip.other)}; **total ${kb(t.totalGzip)}**, ${t.requests} requests; the index ${d.indexInFirstVisit ? 'fetched on the first visit (counted in "other")' : 'not fetched on the first visit'}` : 'not measured'} |`,
  );
  if (x) {
    lines.push(
      `| Directory running, ${rate} | ${millis(x.hydratedMs)} from navigation start to the search box enabled |`,
    );
    lines.push(
      `| Index loaded when the directory is first used, ${rate} | ${millis(x.indexMs)} from opening Filters to its boxes enabled (fetched, checked, drawn) |`,
    );
    lines.push(
      `| Time to the first filtered result, ${rate} | ticking "${cell(x.filter.filter)}": best **${millis(x.filter.bestMs)}**, median **${millis(x.filter.medianMs)}** of ${x.filter.ms.length} (${x.filter.ms.map((ms) => ms.toFixed(1)).join(', ')} ms); the count then reads "${cell(x.filter.count)}" |`,
    );
    lines.push(
      `| First search keystroke, ${rate} | "${cell(x.search.query)}" in the empty box: best **${millis(x.search.bestMs)}**, median **${millis(x.search.medianMs)}** of ${x.search.ms.length} (${x.search.ms.map((ms) => ms.toFixed(1)).join(', ')} ms); the count then reads "${cell(x.search.count)}" |`,
    );
    lines.push(
      `| The first keystroke on the page, ${rate} | ${millis(x.search.firstMs)}: typed right after focusing the box, so it waits for the search to be built (built on first focus) |`,
    );
  } else {
    lines.push(`| Times, ${rate} | not measured |`);
  }
  if (d.errors.length > 0) lines.push(`| Errors | ${cell(d.errors.join('; '))} |`);
  lines.push('');
  return lines;
}
