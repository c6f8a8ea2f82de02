// @ts-check
/**
 * Takes the README's screenshots from the production build, on a phone (375 x 667) in the light
 * and the dark theme (the system setting): the home page, a guide, the first screen of a
 * self-assessment, its results and a goal in the planner. The results come from answering the
 * self-assessment on the page; the goal is stored the way the planner stores one.
 * Run `npm run build` first, then `npm run screenshots`.
 */
import { CHROMIUM_LAUNCH } from './chromium.mjs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4399;
const origin = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  ['scripts/serve-pages.mjs', '--dir', 'dist', '--base', '/', '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((r) => setTimeout(r, 500));

const stamp = new Date().toISOString();
/** @param {number} days */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const goal = {
  id: 'screenshot-goal',
  title: 'Present a case at the department research meeting',
  specific: 'Present one case from my medicine rotation at the monthly research meeting.',
  measurable: 'The talk is given and I have written feedback from two people.',
  achievable: 'My supervisor offered a slot; I need about four evenings to prepare.',
  relevant: 'Presenting is a growth area for me, and it helps my residency application.',
  timeBound: '',
  targetDate: inDays(30),
  whoCanHelp: 'My mentor, and a resident who presented last term',
  link: null,
  guides: [],
  status: 'in-progress',
  archived: false,
  steps: [
    { id: 's1', text: 'Choose the case with my supervisor', done: true, due: null, doneAt: stamp },
    { id: 's2', text: 'Draft ten slides', done: false, due: inDays(10), doneAt: null },
    { id: 's3', text: 'Practice once with my mentor', done: false, due: inDays(20), doneAt: null },
  ],
  log: [],
  createdAt: stamp,
  updatedAt: stamp,
};

/** @typedef {import('@playwright/test').Page} Page */
/** Answers "What do I need from a mentor?" on the page: a mix of answers, step by step. */
async function answerNeeds(/** @type {Page} */ page) {
  await page.goto(`${origin}/assessments/mentoring-needs/`);
  await page.getByRole('button', { name: /^(Start|Take it again)$/ }).click();
  for (let step = 0; step < 5; step++) {
    await page.getByText(`Step ${step + 1} of 5`).waitFor();
    const groups = page.locator('fieldset.item');
    for (let i = 0; i < (await groups.count()); i++) {
      await groups
        .nth(i)
        .getByRole('radio')
        .nth([3, 1, 4, 2, 0][(step + i) % 5] ?? 0)
        .check();
    }
    await page.getByRole('button', { name: step === 4 ? 'See my results' : 'Next' }).click();
  }
  await page.waitForURL(/results/);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Each shot: the page, what to do before it is taken, and the file's name (without theme). */
const shots = [
  { path: '/', file: 'home-phone' },
  { path: '/guides/mentees/why-mentorship-matters/', file: 'guide-phone' },
  {
    path: '/assessments/mentoring-needs/',
    file: 'assessment-phone',
    before: async (/** @type {Page} */ page) => {
      await page.goto(`${origin}/assessments/mentoring-needs/`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByText('Step 1 of 5').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  { path: null, file: 'results-phone', before: answerNeeds },
  {
    path: '/plan/',
    file: 'plan-phone',
    before: async (/** @type {Page} */ page) => {
      await page.goto(`${origin}/plan/`);
      await page.evaluate(
        (value) => localStorage.setItem('medmentor:plan', value),
        JSON.stringify({ version: 1, goals: [goal] }),
      );
      await page.reload();
      await page
        .getByRole('button', { name: goal.title })
        .or(page.getByRole('link', { name: goal.title }))
        .first()
        .click();
      await page.getByRole('heading', { name: goal.title }).waitFor();
      // The goal as it opens: its heading at the top of the screen.
      await page.getByRole('button', { name: '← All goals' }).evaluate((b) => b.scrollIntoView());
    },
  },
];

const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    for (const shot of shots) {
      const page = await browser.newPage({
        viewport: { width: 375, height: 667 },
        deviceScaleFactor: 2,
        colorScheme,
      });
      if (shot.before) await shot.before(page);
      else await page.goto(`${origin}${shot.path}`);
      const path = `docs/screenshots/${shot.file}-${colorScheme}.png`;
      await page.screenshot({ path, animations: 'disabled' });
      await page.close();
      console.log(path);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
