/**
 * The home page as a first visit and as a return: the three ways in (plain links, for
 * everyone), then, for a person with saved work, their own state and one suggested next step,
 * each one tap from its tool, with no layout shift. The list of self-assessments marks what
 * was done.
 */
import type { Page } from '@playwright/test';
import { addDays, today } from '../../src/lib/dates';
import { expectAccessible } from './support/axe';
import { contact, goal } from './support/data';
import { expect, test } from './support/fixtures';
import { openWith, presetPrefs } from './support/storage';
import siteConfig from '../../medmentor.config';

const day = today();
const completedAt = `${addDays(day, -4)}T12:00:00.000Z`;

/** A completed needs self-assessment (version 2): Guidance a strong need, Networking met. */
const attempt = {
  id: 'mentoring-needs-home',
  instrument: 'mentoring-needs',
  framework: 'none',
  title: 'What do I need from a mentor?',
  audience: 'mentee',
  completedAt,
  answers: {},
  notes: {},
  results: [
    {
      domain: 'guidance',
      name: 'Guidance and support',
      score: 81,
      mean: 4.25,
      answered: 4,
      band: 'strong-need',
    },
    { domain: 'networking', name: 'Networking', score: 19, mean: 1.75, answered: 4, band: 'met' },
  ],
  bands: [
    { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
    { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
    { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
  ],
  close: false,
};

/** Saved work: the attempt, a goal past its date, a meeting in three days, an old backup. */
const saved = {
  'medmentor:assessments': JSON.stringify({ version: 2, drafts: {}, attempts: [attempt] }),
  'medmentor:plan': JSON.stringify({
    version: 1,
    goals: [goal('late', 'Ask for feedback on my notes', { targetDate: addDays(day, -3) })],
  }),
  'medmentor:meetings': JSON.stringify({
    version: 1,
    meetings: [{ id: 'm1', date: addDays(day, 3), agenda: 'My CV', notes: '', actions: [] }],
  }),
  'medmentor:network': JSON.stringify({
    version: 1,
    contacts: [contact('c1', 'Dr. Rivera', { nextFollowUp: addDays(day, -1) })],
  }),
  'medmentor:meta': JSON.stringify({
    version: 1,
    lastBackupAt: `${addDays(day, -20)}T12:00:00.000Z`,
    firstChangeAt: `${addDays(day, -19)}T12:00:00.000Z`,
    changesSinceBackup: 6,
  }),
};

/** Sums the layout shifts of every page load from now on (as Core Web Vitals' CLS counts them). */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShift(page: Page) {
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  console.log(`${page.url()} at ${page.viewportSize()?.width ?? 0} px: layout shift ${shift}`);
  return shift;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Your mentoring' });

test('first visit: three ways in, plain links to pages that exist, and nothing personal', async ({
  page,
}) => {
  await page.goto('./');
  const start = page.getByRole('region', { name: 'Where do you want to start?' });
  const ways = [
    ['See what you need', /\/assessments\/mentoring-needs\/$/],
    ['Find a mentor', /\/mentors\/$/],
    ['Prepare a conversation', /\/plan\/brief\/$/],
  ] as const;
  for (const [name, href] of ways) {
    const link = start.getByRole('link', { name: new RegExp(`^${name}`) });
    await expect(link).toHaveAttribute('href', href);
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.ok(), `${name} leads to a page`).toBe(true);
  }
  // The guides stay beside them.
  await expect(start.getByRole('link', { name: /^How to find a mentor/ })).toHaveAttribute(
    'href',
    /\/guides\/mentees\/finding-a-mentor\/$/,
  );
  await expect(panel(page)).toHaveCount(0);
  await start.getByRole('link', { name: /^See what you need/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What do I need');
});

test('the tagline from the configuration shows under the site name, above the heading', async ({
  page,
}) => {
  await page.goto('./');
  const hero = page.locator('.hero');
  const name = hero.getByText(siteConfig.siteName ?? 'MedMentor', { exact: true });
  const tagline = hero.getByText(siteConfig.tagline ?? '');
  await expect(name).toBeVisible();
  await expect(tagline).toBeVisible();
  const [nameBox, taglineBox, headingBox] = await Promise.all([
    name.boundingBox(),
    tagline.boundingBox(),
    page.getByRole('heading', { level: 1 }).boundingBox(),
  ]);
  expect(taglineBox?.y).toBeGreaterThan((nameBox?.y ?? 0) + 1);
  expect(headingBox?.y).toBeGreaterThan(taglineBox?.y ?? 0);
});

test('the three ways in work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('./');
  await page.getByRole('link', { name: /^Find a mentor/ }).click();
  await expect(page).toHaveURL(/\/mentors\/$/);
  await context.close();
});

test('a return: self-assessment with its bands, goal overdue, next meeting, follow-up, backup and the next step, each one tap from its tool', async ({
  page,
}) => {
  await watchLayoutShift(page);
  await openWith(page, './', saved);
  const mine = panel(page);
  await expect(mine).toBeVisible();

  const next = mine.getByRole('link', { name: /Open your goal "Ask for feedback on my notes"/ });
  await expect(next).toHaveAttribute('href', /\/plan\/$/);

  const result = mine.getByRole('link', { name: 'What do I need from a mentor?' });
  await expect(result).toHaveAttribute('href', /\/assessments\/mentoring-needs\/results\/$/);
  const done = mine
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'What do I need from a mentor?' }) })
    .last();
  await expect(done).toContainText('A strong need: Guidance and support.');
  await expect(done).toContainText('Met for now: Networking.');
  await expect(done.locator('time')).toHaveAttribute('datetime', addDays(day, -4));

  await expect(mine.getByRole('listitem').filter({ hasText: 'Overdue:' }).last()).toContainText(
    'Ask for feedback on my notes',
  );
  const meetings = mine.getByRole('listitem').filter({ hasText: 'Next meeting' });
  await expect(meetings.locator('time')).toHaveAttribute('datetime', addDays(day, 3));
  await expect(mine.getByRole('listitem').filter({ hasText: '1 follow-up due' })).toContainText(
    '(1 overdue)',
  );
  const backup = mine.getByRole('listitem').filter({ hasText: 'Last backup' });
  await expect(backup.locator('time')).toHaveAttribute('datetime', addDays(day, -20));
  await expect(backup).toContainText('Time for a new one.');

  for (const [name, href] of [
    ['Self-assessments', /\/assessments\/$/],
    ['Goals', /\/plan\/$/],
    ['Meetings', /\/plan\/meetings\/$/],
    ['Follow-ups', /\/network\/$/],
    ['Backup', /\/my-data\/$/],
  ] as const) {
    await expect(mine.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  // The rest of a person's tools are one tap away too.
  const more = mine.getByRole('listitem').filter({ hasText: 'More of your tools' });
  for (const [name, href] of [
    ['Meeting brief', /\/plan\/brief\/$/],
    ['Mentoring agreement', /\/plan\/agreement\/$/],
    ['Mentorship check-in', /\/check-in\/$/],
    ['Mentor directory', /\/mentors\/$/],
  ] as const) {
    await expect(more.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }

  // Hydrating the panel moved nothing on screen.
  await page.waitForTimeout(500);
  expect(await layoutShift(page)).toBeLessThan(0.1);

  await result.click();
  await expect(page).toHaveURL(/\/assessments\/mentoring-needs\/results\/$/);
});

test('the next step follows the state: with no goal overdue, a meeting in three days asks for the brief', async ({
  page,
}) => {
  await openWith(page, './', {
    ...saved,
    'medmentor:plan': JSON.stringify({ version: 1, goals: [goal('g', 'Shadow a clinic')] }),
  });
  const next = panel(page).getByRole('link', { name: /^Prepare a brief for your meeting on/ });
  await expect(next).toHaveAttribute('href', /\/plan\/brief\/$/);
  await next.click();
  await expect(page).toHaveURL(/\/plan\/brief\/$/);
});

test('the list of self-assessments marks the one done, with a link to its results', async ({
  page,
}) => {
  await watchLayoutShift(page);
  await openWith(page, 'assessments/', saved);
  const needs = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'What do I need from a mentor?' }) });
  await expect(needs).toContainText('Done');
  await expect(needs.locator('time')).toHaveAttribute('datetime', addDays(day, -4));
  await expect(needs.getByRole('link', { name: /^See results/ })).toHaveAttribute(
    'href',
    /\/assessments\/mentoring-needs\/results\/$/,
  );
  // Only the one done is marked.
  await expect(page.locator('.assessment-status time')).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(await layoutShift(page)).toBeLessThan(0.1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('a return: no layout shift, and nothing wider than the screen at 320 px', async ({
    page,
  }) => {
    await watchLayoutShift(page);
    await openWith(page, './', saved);
    await expect(panel(page)).toBeVisible();
    await page.waitForTimeout(500);
    expect(await layoutShift(page)).toBeLessThan(0.1);

    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['./', 'assessments/']) {
      await page.goto(path);
      await expect(page.locator('time').first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe, ${theme} theme: the home page and the list of self-assessments with saved work`, async ({
    page,
  }) => {
    await presetPrefs(page, { theme, facilitator: false });
    await openWith(page, './', saved);
    await expect(panel(page)).toBeVisible();
    await expectAccessible(page, `${theme} home, returning`);
    await page.goto('assessments/');
    await expect(page.locator('.assessment-status time')).toBeVisible();
    await expectAccessible(page, `${theme} self-assessments, one done`);
  });
}
