// @ts-check
/**
 * Scratch copies of the site for the build benchmark: one with many synthetic guides, one with a
 * directory of thousands of synthetic mentors in one CSV file. A copy takes the same files the
 * build tests copy (tests/build/scratch.ts) plus scripts/, so the real build pipeline
 * (scripts/build.mjs) runs in it. Unlike the tests, node_modules is a real folder of links to
 * the repo's packages rather than one link, so Astro and Vite caches (node_modules/.astro,
 * node_modules/.vite) start empty and stay out of the repo.
 *
 * The guides are valid against the guides schema in src/content.config.ts: every field, orders
 * continuing each track without gaps, 3 to 5 objectives, 3 to 6 key points, and a body about as
 * long as a real guide (1,600 to 2,000 words) with headings, paragraphs, lists, links and the
 * MDX components the real guides use.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mentorsCsv, syntheticMentors } from '../../scripts/lib/synthetic-mentors.ts';
import { seededRandom as random } from '../../scripts/lib/seeded-random.ts';

/** Tracks and how many real guides each already has (read from the repo). */
const TRACKS = /** @type {const} */ (['mentees', 'mentors', 'programs']);
const AUDIENCES = ['students', 'residents', 'early-career', 'mentors', 'faculty', 'program-leads'];
const TOOLS = ['assessments', 'plan', 'brief', 'agreement', 'meetings', 'mentors', 'network'];
const TERMS = [
  ['mentor', 'mentor'],
  ['mentee', 'mentee'],
  ['sponsor', 'sponsor'],
  ['feedback', 'feedback'],
  ['near-peer-mentoring', 'near-peer mentoring'],
  ['mentoring-network', 'mentoring network'],
  ['smart-goal', 'SMART goal'],
  ['hidden-curriculum', 'hidden curriculum'],
  ['sounding-board', 'sounding board'],
  ['psychosocial-support', 'psychosocial support'],
];
const WORDS = (
  'mentor mentee rotation feedback goal plan meeting clinic ward resident student faculty ' +
  'program network support guidance question answer habit week month shift patient team ' +
  'supervisor preceptor research project poster conference career specialty interview ' +
  'application skill practice reflection progress step agreement boundary wellbeing time ' +
  'introduction colleague nurse pharmacist schedule exam evidence outcome survey cohort ' +
  'training session workshop example story experience confidence trust conversation'
).split(' ');
const VERBS = (
  'describe name list plan compare explain identify choose write practice review ask ' +
  'agree share record summarize prepare'
).split(' ');

/**
 * @param {() => number} next
 * @template T
 * @param {readonly T[]} list
 * @returns {T}
 */
function pick(next, list) {
  return /** @type {T} */ (list[Math.floor(next() * list.length)]);
}

/** @param {() => number} next @param {number} words */
function sentence(next, words) {
  const text = Array.from({ length: words }, () => pick(next, WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** @param {() => number} next @param {number} sentences */
function paragraph(next, sentences) {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(
    ' ',
  );
}

/** A paragraph with a glossary term, a bold phrase and sometimes a link to a real guide. */
function richParagraph(/** @type {() => number} */ next, /** @type {string[]} */ realGuides) {
  const [id, label] = pick(next, TERMS);
  const link =
    next() < 0.5 ? ` See [this guide](/guides/${pick(next, realGuides)}/) for more.` : '';
  return `${paragraph(next, 2)} A <Term id="${id}">${label}</Term> can help with **${pick(next, WORDS)} and ${pick(next, WORDS)}**. ${paragraph(next, 2)}${link}`;
}

/**
 * One guide file.
 * @param {{ track: string; order: number; index: number; realGuides: string[] }} guide
 */
export function guideMdx({ track, order, index, realGuides }) {
  const next = random(index + 1);
  const objectives = Array.from(
    { length: 3 + (index % 3) },
    () =>
      `${pick(next, VERBS).replace(/^./, (c) => c.toUpperCase())} ${sentence(next, 6).toLowerCase()}`,
  );
  const keyPoints = Array.from({ length: 3 + (index % 4) }, () => sentence(next, 12));
  const audience = [...new Set([pick(next, AUDIENCES), pick(next, AUDIENCES)])];
  const related = [...new Set([pick(next, realGuides), pick(next, realGuides)])];
  const tools = [...new Set([pick(next, TOOLS), pick(next, TOOLS)])];
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  const frontmatter = [
    '---',
    `title: 'Synthetic guide ${index + 1}: ${pick(next, WORDS)} and ${pick(next, WORDS)}'`,
    `description: '${sentence(next, 12)}'`,
    `track: ${track}`,
    `order: ${order}`,
    `audience: [${audience.join(', ')}]`,
    'objectives:',
    ...objectives.map((o) => `  - '${o}'`),
    'keyPoints:',
    ...keyPoints.map((k) => `  - '${k}'`),
    `minutes: ${6 + (index % 10)}`,
    `updated: 2026-${month}-${day}`,
    `relatedTools: [${tools.join(', ')}]`,
    'relatedGuides:',
    ...related.map((r) => `  - ${r}`),
    '---',
  ];
  /** Five parts, each a heading, paragraphs, a subheading and a list. */
  const parts = [1, 2, 3, 4, 5].map((s) => [
    `## Part ${s}: ${sentence(next, 4).slice(0, -1)}`,
    richParagraph(next, realGuides),
    paragraph(next, 5),
    `### ${sentence(next, 3).slice(0, -1)}`,
    paragraph(next, 4),
    s % 2 === 1
      ? Array.from({ length: 4 }, () => `- ${sentence(next, 9)}`).join('\n')
      : Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence(next, 9)}`).join('\n'),
    s % 2 === 1 ? paragraph(next, 3) : richParagraph(next, realGuides),
  ]);
  const body = [
    "import { Callout, Activity, Reflection, FacilitatorNote, Case, Term, ToolLink, SupportNote } from '~/components/mdx';",
    `<FacilitatorNote minutes={5} title="Opening">\n\n${paragraph(next, 3)}\n\n</FacilitatorNote>`,
    richParagraph(next, realGuides),
    ...(parts[0] ?? []),
    `<Callout type="tip" title="${pick(next, WORDS)} first">\n\n${paragraph(next, 3)}\n\n</Callout>`,
    ...(parts[1] ?? []),
    `<Reflection>\n\n${paragraph(next, 2)}\n\n</Reflection>`,
    ...(parts[2] ?? []),
    `<Case title="A ${pick(next, WORDS)} story">\n\n${paragraph(next, 4)}\n\n${paragraph(next, 3)}\n\n**Discuss**\n\n1. ${sentence(next, 8)}\n2. ${sentence(next, 8)}\n3. ${sentence(next, 8)}\n\n</Case>`,
    ...(parts[3] ?? []),
    `<Activity title="${sentence(next, 3).slice(0, -1)}" minutes={10}>\n\n1. ${sentence(next, 9)}\n2. ${sentence(next, 9)}\n3. ${sentence(next, 9)}\n\n</Activity>`,
    `Use the <ToolLink tool="${pick(next, TOOLS)}">related tool</ToolLink> to keep track. ${paragraph(next, 2)}`,
    ...(parts[4] ?? []),
    '<SupportNote />',
    `<FacilitatorNote minutes={10} title="Debrief">\n\n${paragraph(next, 2)}\n\n</FacilitatorNote>`,
  ];
  return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Files and folders of the repo a build needs (as in tests/build/scratch.ts, plus scripts/). */
const SITE_FILES = [
  'package.json',
  'astro.config.mjs',
  'tsconfig.json',
  'medmentor.config.ts',
  'src',
  'public',
  'scripts',
];

/**
 * A scratch copy of the site at `repo` in a new temporary folder, with empty build caches.
 * @param {string} repo
 * @returns {string} the folder
 */
export function scratchSite(repo) {
  const dir = mkdtempSync(join(tmpdir(), 'medmentor-bench-'));
  for (const name of SITE_FILES) cpSync(join(repo, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    // Caches stay out: the scratch build starts cold and writes its own.
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(repo, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * Makes a scratch copy of the site at `repo` with `count` synthetic guides added (spread over the
 * three tracks, numbered after each track's real guides). Returns the folder and counts.
 * @param {string} repo
 * @param {number} count
 */
export function syntheticSite(repo, count) {
  const dir = scratchSite(repo);
  const guidesDir = join(dir, 'src/content/guides');
  /** @type {Record<string, number>} */
  const realCount = {};
  /** @type {string[]} */
  const realGuides = [];
  for (const track of TRACKS) {
    const files = readdirSync(join(guidesDir, track)).filter((f) => f.endsWith('.mdx'));
    realCount[track] = files.length;
    realGuides.push(...files.map((f) => `${track}/${f.replace(/\.mdx$/, '')}`));
  }
  /** @type {Record<string, number>} */
  const added = { mentees: 0, mentors: 0, programs: 0 };
  for (let index = 0; index < count; index++) {
    const track = /** @type {(typeof TRACKS)[number]} */ (TRACKS[index % TRACKS.length]);
    added[track] = (added[track] ?? 0) + 1;
    const order = (realCount[track] ?? 0) + (added[track] ?? 0);
    const slug = `synthetic-${String(index + 1).padStart(4, '0')}`;
    writeFileSync(
      join(guidesDir, track, `${slug}.mdx`),
      guideMdx({ track, order, index, realGuides }),
    );
  }
  return { dir, realGuides: realGuides.length, synthetic: count };
}

/**
 * Makes a scratch copy of the site at `repo` with `count` synthetic mentors (the seeded generator
 * of scripts/lib/synthetic-mentors.ts) in src/content/mentors/mentors.csv, as a school's
 * spreadsheet exports them, beside the site's own mentors (a mentors.csv of the site's own is
 * replaced). Returns the folder, the count and the CSV's size.
 * @param {string} repo
 * @param {number} count
 */
export function mentorSite(repo, count) {
  const dir = scratchSite(repo);
  const csv = mentorsCsv(syntheticMentors(count));
  writeFileSync(join(dir, 'src/content/mentors/mentors.csv'), csv);
  return { dir, synthetic: count, csvBytes: Buffer.byteLength(csv) };
}
