/**
 * Guides ship no JavaScript file before interaction: only two small inline scripts (each under
 * 1 KB gzip), and their HTML plus CSS transfer at most 19 KB gzip. Checked on every guide page
 * of the build, and in the browser on one guide.
 *
 * Budget history: guide pages 15 KB -> 15.5 KB, My data, plan, brief, meetings and network
 * 30 KB -> 35 KB, and the assessment runner 25 KB -> 29 KB with issue 15 (data integrity), which added to every page the update
 * banner's wait for unsaved typing (inline app script 626 -> 729 B gzip), and to every tool:
 * validation of each write, item-by-item salvage and unsaved changes in the storage layer, the
 * error boundary, the backup status line, the undo offer, the two-tab conflict notice and the
 * calendar-date check. Measured before -> after: largest guide 15,300 -> 15,414 B; runner
 * 24.6 -> 27.8 KB; My data 29.8 -> 33.5 KB; network 29.5 -> 33.8 KB.
 *
 * Issue 16 (honest results) added absolute bands, their words and the migration of version 1
 * attempts to the self-assessment store, the brief's store, and chunks split by the mentor
 * profile's lazy "Add to my network". The share summaries moved out of the store definitions
 * (loaded only when a person shares), which gave most of it back. Measured at the end: runner
 * 28.7, results 31.4, My data 34.7, mentors 30.6, network 35.3 KB, so results went to 32 KB,
 * mentors to 31 KB and the network to 36 KB. The home page is held to 30 KB on a first visit
 * (28.9) and to 32 KB for a person whose device has every kind of data (31.1).
 *
 * Issue 17 (made for phones) added the design system's control, button and badge styles to
 * every page (+0.18 KB gzip of CSS) and, to the directory, the folded filters with their active
 * count and the message when interests cannot be saved: mentors 30.6 -> 31.1 KB, so it went to
 * 32 KB. Every other page stayed within its budget.
 *
 * Issue 18 (a directory of thousands) moved the directory's data out of the page into an index
 * fetched once, and added the index's loader and check, pages of cards and the facet counts
 * over the index; the search (a word index and the typo matcher) loads when the search box is
 * first focused. Mentors 31.1 -> 32.2 KB, so it went to 33 KB.
 *
 * Issue 19 (the curriculum re-centred on medical training) let a guide run to 2,200 words (was
 * 2,000) and gave every guide a Sources list, "Adapt this case" notes and a facilitator kit
 * (0.6 to 0.9 KB gzip, in the facilitator view): the largest guide went 15.4 -> 18.0 KB (HTML
 * 14.4 + CSS 3.6), most are 16 to 17.5 KB, so guide pages went to 19 KB. Still no script file.
 *
 * Issue 20 (program evaluation) added the check-in page (/check-in/, a tool page's 35 KB) and
 * the evaluation page (/evaluate/, 30 KB). At first it also cost pages without those features:
 * zod's shared chunk carried check kinds only the new schemas used, My data loaded the check-in
 * and expectations stores and the evaluation section, and new lazy imports split shared chunks.
 * Now the new schemas use refine-based checks (src/lib/schemas/checks.ts), My data loads those
 * two stores only once something is stored (store-list.ts) and the evaluation section only when
 * scrolled to. Measured before -> after (main in brackets): home 30.6 -> 30.0 (29.0), runner
 * 29.2 -> 28.9 (28.8), mentors 33.0 -> 32.7 (32.6), My data 38.7 -> 35.7 (34.8), brief 35.7 ->
 * 35.5 (35.0), returning home 33.6 -> 33.0. What stays: My data lists the check-ins and the
 * expectations (each with its loader, whose preload list names their chunks), so it went to
 * 36 KB; the brief shows nothing new, but the lazy backup a failing tool offers and its share
 * panel now name those chunks too, and the expectations form (a text field, no date field)
 * split the text and date fields into two chunks, so it went to 36 KB (main was 4 bytes under
 * 35); a returning person with a mentor also loads the check-in due rule (the home page offers
 * the check-in when one is due), so that budget went to 34 KB.
 */
import { gzipSync } from 'node:zlib';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { buildOf, listFiles, pagePaths, readText } from './support/site';
import { contact, goal } from './support/data';
import { seed } from './support/storage';

const KB = 1024;

test('every guide page: no script files, one small inline script, HTML + CSS at most 19 KB gzip', () => {
  const { outDir } = buildOf();
  // Guide pages, not the track handbooks and session plans (a whole track on one page, to print).
  const guides = pagePaths(outDir).filter(
    (p) => /^\/guides\/[^/]+\/[^/]+\/$/.test(p) && !/\/(handbook|session-plan)\/$/.test(p),
  );
  expect(guides.length).toBeGreaterThan(2);
  const report: string[] = [];
  for (const path of guides) {
    const html = readText(join(outDir, path, 'index.html'));
    const root = parse(html);
    const scripts = root.querySelectorAll('script');
    expect(
      scripts.filter((s) => s.getAttribute('src')),
      `${path} loads a script file`,
    ).toEqual([]);
    expect(scripts.filter((s) => s.getAttribute('type') === 'module')).toEqual([]);
    // Two inline scripts: theme and facilitator preferences; service worker, offline and search
    // triggers. Each under 1 KB gzip (src/scripts/, minified by esbuild at build time).
    const inline = scripts.map((s) => gzipSync(s.text).length);
    expect(inline.length, `${path}: inline scripts`).toBe(2);
    for (const bytes of inline) expect(bytes).toBeLessThan(KB);
    expect(root.querySelectorAll('link[rel="modulepreload"], astro-island')).toHaveLength(0);

    const css = root
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readText(join(outDir, (l.getAttribute('href') ?? '').replace(/^\//, ''))));
    const bytes = gzipSync(html).length + css.reduce((sum, c) => sum + gzipSync(c).length, 0);
    report.push(`${path}: ${(bytes / KB).toFixed(1)} KB`);
    expect(bytes, `${path}: HTML + CSS gzip`).toBeLessThanOrEqual(19 * KB);
  }
  console.log(`Guide pages, HTML + CSS gzip: ${report.join(', ')}`);
  test.info().annotations.push({
    type: 'guide sizes (HTML + CSS, gzip)',
    description: report.join(', '),
  });
});

test('a guide requests no JavaScript in the browser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('guides/mentees/why-mentorship-matters/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

/** Gzip bytes of every script a page loads (with everything it imports), before any interaction. */
async function scriptBytes(page: Page, path: string) {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  return all.reduce((sum, body) => sum + gzipSync(body).length, 0);
}

for (const [path, budget] of [
  ['./', 30],
  ['assessments/clinical-strengths/', 29],
  // The band sections, "not enough to go on" and the pointer to support (issue 16).
  ['assessments/mentoring-needs/results/', 32],
  // Issue 20: the check-ins and expectations listed, their code loaded once stored.
  ['my-data/', 36],
  ['share/', 30],
  ['plan/', 35],
  // Issue 20: the lazy backup and share panel name the check-in and expectations chunks.
  ['plan/brief/', 36],
  ['plan/agreement/', 30],
  ['plan/meetings/', 35],
  ['mentors/', 33],
  ['network/', 36],
  // Issue 20: program evaluation, with no stored data (the response schema, reading, suppression,
  // the report's tables and charts); everything it needs loads with the page, so nothing is
  // requested once files are dropped. Measured 28.0 KB.
  ['evaluate/', 30],
  // Issue 20: the mentorship check-in: the check-in store, the network and agreement stores
  // (which mentorship, when one is due), the form and the history; the evaluation response's
  // preview loads on "Create". Measured 33.5 KB.
  ['check-in/', 35],
] as const) {
  test(`${path} loads at most ${budget} KB gzip of JavaScript`, async ({ page }) => {
    const bytes = await scriptBytes(page, path);
    console.log(`${path}: ${(bytes / KB).toFixed(1)} KB of JavaScript (gzip)`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budget * KB);
  });
}

test('the home page of a returning person with every kind of data loads at most 34 KB gzip', async ({
  page,
}) => {
  await page.goto('about/');
  const day = new Date().toISOString().slice(0, 10);
  await seed(page, {
    'medmentor:plan': JSON.stringify({ version: 1, goals: [goal('g1', 'A goal')] }),
    'medmentor:meetings': JSON.stringify({
      version: 1,
      meetings: [{ id: 'm1', date: day, agenda: 'CV', notes: '', actions: [] }],
    }),
    'medmentor:network': JSON.stringify({ version: 1, contacts: [contact('c1', 'Dr. Rivera')] }),
    'medmentor:assessments': JSON.stringify({ version: 2, drafts: {}, attempts: [] }),
  });
  const bytes = await scriptBytes(page, './');
  console.log(`./ (returning): ${(bytes / KB).toFixed(1)} KB of JavaScript (gzip)`);
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toBeVisible();
  // Issue 20: with a mentor in the network, the check-in due rule loads too. Measured 33.0 KB.
  expect(bytes).toBeLessThanOrEqual(34 * KB);
});

test('no image in the build is over 100 KB', () => {
  const { outDir } = buildOf();
  const images = listFiles(outDir).filter((f) => /\.(png|jpe?g|webp|avif|gif|svg|ico)$/i.test(f));
  expect(images.length).toBeGreaterThan(3);
  const big = images
    .map((f) => ({ f, kb: statSync(join(outDir, f)).size / KB }))
    .filter(({ kb }) => kb > 100)
    .map(({ f, kb }) => `${f}: ${kb.toFixed(1)} KB`);
  expect(big).toEqual([]);
});

test('nothing render-blocking comes from another origin, on any page', () => {
  const { outDir } = buildOf();
  const problems: string[] = [];
  for (const path of pagePaths(outDir)) {
    const root = parse(readText(join(outDir, path.endsWith('/') ? `${path}index.html` : path)));
    const external = (value: string | undefined) => !!value && /^(?:[a-z]+:)?\/\//i.test(value);
    for (const link of root.querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"]')) {
      if (external(link.getAttribute('href'))) problems.push(`${path}: ${link.toString()}`);
    }
    for (const script of root.querySelectorAll('script[src]')) {
      if (external(script.getAttribute('src'))) problems.push(`${path}: ${script.toString()}`);
    }
    for (const style of root.querySelectorAll('style')) {
      if (/@import\s+(url\()?['"]?(https?:)?\/\//i.test(style.text)) {
        problems.push(`${path}: @import from another origin`);
      }
    }
  }
  expect(problems).toEqual([]);
});
