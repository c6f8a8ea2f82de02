/**
 * Workshop mode: a session plan per track with each guide's timeline (every activity counted
 * once) and totals that match docs/workshops.md, the case text, a print button, a one-page
 * facilitator sheet per guide, nothing wider than a 320 px screen, and the facilitator switch
 * only where facilitators work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const tracks = [
  { id: 'mentees', title: 'Getting the most from mentorship' },
  { id: 'mentors', title: 'Becoming an effective mentor' },
  { id: 'programs', title: 'Running a mentorship program' },
];

/** The sum of a guide's facilitator-note minutes, straight from its MDX. */
function noteMinutes(track: string, slug: string): number {
  const source = readFileSync(`src/content/guides/${track}/${slug}.mdx`, 'utf8');
  return [...source.matchAll(/<FacilitatorNote[^>]*minutes=\{(\d+)\}/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
}

/** The numbers in a column of table rows (cells without a number are skipped). */
async function numbers(rows: Locator): Promise<number[]> {
  const texts = await rows.locator('td').allInnerTexts();
  return texts
    .map((t) => t.trim())
    .filter((t) => /^\d+$/.test(t))
    .map(Number);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** "4 h 55 min" as in the session plan and the docs. */
function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** How often window.print() was called since `stubPrint`. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const track of tracks) {
  test(`${track.id}: session plan totals are the sum of each guide's facilitator minutes, as the docs say`, async ({
    page,
  }) => {
    await page.goto(`guides/${track.id}/`);
    await page.getByRole('link', { name: 'Session plan for facilitators' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${track.title}: session plan`,
    );

    const guides = page.locator('article.session-guide');
    const count = await guides.count();
    expect(count).toBeGreaterThan(1);
    const totals = page.getByRole('table', { name: 'Session length of each guide' });
    await expect(totals.locator('tbody tr')).toHaveCount(count);

    const guideTotals: number[] = [];
    for (let i = 0; i < count; i++) {
      const article = guides.nth(i);
      const slug = (await article.getAttribute('aria-labelledby')) ?? '';
      const timeline = article.getByRole('table', { name: /^Timeline of guide/ });
      // The page's own per-item minutes add up to the guide's stated total...
      const items = await numbers(timeline.locator('tbody tr'));
      const [stated] = await numbers(timeline.locator('tfoot tr'));
      expect(sum(items), slug).toBe(stated);
      // ... which is the sum of the guide's facilitator notes: each activity counted once.
      expect(stated, slug).toBe(noteMinutes(track.id, slug));
      await expect(article.getByText(`Session ${stated} min`)).toBeVisible();
      // The overview states the same figure.
      expect(await numbers(totals.locator('tbody tr').nth(i))).toEqual([stated]);
      guideTotals.push(stated!);
    }
    const trackTotal = sum(guideTotals);
    expect(await numbers(totals.locator('tfoot tr'))).toEqual([trackTotal]);
    await expect(page.getByText(`take ${hours(trackTotal)}, before breaks`)).toBeVisible();

    // docs/workshops.md states the same figures for the track.
    const docs = readFileSync('docs/workshops.md', 'utf8');
    const row = docs.split('\n').find((line) => line.startsWith(`| ${track.title} (${track.id})`));
    expect(row, 'the track has a row in docs/workshops.md').toBeDefined();
    const [, , guidesCell, eachCell, wholeCell] = (row ?? '').split('|').map((c) => c.trim());
    expect(Number(guidesCell)).toBe(count);
    const low = Math.min(...guideTotals);
    const high = Math.max(...guideTotals);
    expect(eachCell).toBe(low === high ? `${low} minutes` : `${low} to ${high} minutes`);
    expect(wholeCell).toBe(hours(trackTotal));
  });
}

test('the session plan holds each case, its notes and activities, not the rest of the guide', async ({
  page,
}) => {
  await page.goto('guides/mentors/session-plan/');
  const guide = page.getByRole('article', { name: /Listening, asking and giving feedback/ });
  const source = readFileSync('src/content/guides/mentors/listening-asking-feedback.mdx', 'utf8');
  const cases = guide.locator('.session-source .case');
  await expect(cases).toHaveCount((source.match(/<Case\b/g) ?? []).length);
  await expect(cases.first()).toContainText('The one-word answers');
  await expect(cases.first()).toContainText('Mei is a third-year internal medicine resident');
  await expect(cases.first().getByRole('listitem')).toHaveCount(4);
  // The notes show here without switching the facilitator view on.
  const notes = guide.locator('.session-source .facilitator-note');
  await expect(notes).toHaveCount((source.match(/<FacilitatorNote\b/g) ?? []).length);
  await expect(notes.first()).toBeVisible();
  // The guide's other prose is not on the page at all.
  await expect(page.locator('.session-source > p')).toHaveCount(0);
  await expect(page.locator('.session-source .callout')).toHaveCount(0);
  // The timeline lists the activity and the case, not counted again.
  const timeline = guide.getByRole('table', { name: /^Timeline of guide/ });
  await expect(timeline.getByRole('row', { name: /Activity Listening triads/ })).toContainText(
    'not counted',
  );
  await expect(timeline.getByRole('row', { name: /Case The one-word answers/ })).toContainText(
    'not counted',
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this plan' })).toBeHidden();
  await expect(notes.first()).toBeVisible();
  await expect(cases.first()).toBeVisible();
});

test('the print buttons print the session plan, the handbook and a sheet', async ({ page }) => {
  for (const [path, name] of [
    ['guides/mentors/session-plan/', 'Print this plan'],
    ['guides/mentees/handbook/', 'Print this handbook'],
    ['guides/mentors/opening-doors/sheet/', 'Print this sheet'],
  ] as const) {
    await page.goto(path);
    const printed = await stubPrint(page);
    await page.getByRole('button', { name }).click();
    expect(await printed(), path).toBe(1);
  }
});

test('a facilitator sheet: objectives, the timeline and total, the case and its questions, on one page', async ({
  page,
}) => {
  await page.goto('guides/mentors/session-plan/');
  const guide = page.getByRole('article', { name: /Listening, asking and giving feedback/ });
  const [planTotal] = await numbers(
    guide.getByRole('table', { name: /^Timeline of guide/ }).locator('tfoot tr'),
  );
  await guide.getByRole('link', { name: 'One-page facilitator sheet' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Facilitator sheet Listening, asking and giving feedback',
  );
  const objectives = page.getByRole('region', { name: 'Objectives' });
  expect(await objectives.getByRole('listitem').count()).toBeGreaterThan(1);
  const timeline = page.getByRole('table', { name: /^Timeline of/ });
  const items = await numbers(timeline.locator('tbody tr'));
  expect(await numbers(timeline.locator('tfoot tr'))).toEqual([sum(items)]);
  expect(sum(items)).toBe(planTotal);
  await expect(page.getByRole('heading', { name: `Timeline: ${planTotal} min` })).toBeVisible();
  const kase = page.getByRole('region', { name: 'Case: The one-word answers' });
  await expect(kase.getByRole('listitem')).toHaveCount(4);
  await expect(kase).toContainText('What open questions could Mei ask');

  // One printed page, on A4 and on Letter, for every mentors' guide tried here.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g), format).toHaveLength(1);
  }
});

test('every facilitator sheet of a track fits one printed page', async ({ page }) => {
  test.slow();
  await page.goto('guides/mentees/session-plan/');
  const links = await page
    .getByRole('link', { name: 'One-page facilitator sheet' })
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // One sheet per guide of the track.
  expect(links.length).toBe(
    readdirSync('src/content/guides/mentees').filter((f) => f.endsWith('.mdx')).length,
  );
  for (const href of links) {
    await page.goto(href);
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g), href).toHaveLength(1);
  }
});

test('nothing is wider than a 320 px screen: session plan, handbook, sheet, a guide with a table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    'guides/mentors/session-plan/',
    'guides/mentees/session-plan/',
    'guides/mentors/handbook/',
    'guides/mentors/opening-doors/sheet/',
    'guides/mentors/opening-doors/',
  ]) {
    await page.goto(path);
    expect(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  }
});

test('the facilitator switch is where facilitators work, not on a student guide', async ({
  page,
}) => {
  const toggle = page.getByRole('button', { name: 'Facilitator view' });
  await page.goto('guides/mentees/why-mentorship-matters/');
  await expect(toggle).toBeHidden();
  await expect(page.locator('.facilitator-note').first()).toBeHidden();

  for (const path of [
    'guides/mentees/session-plan/',
    'guides/mentees/handbook/',
    'guides/programs/recruiting-and-matching/',
  ]) {
    await page.goto(path);
    await expect(toggle, path).toBeVisible();
  }
  await page.goto('guides/mentors/listening-asking-feedback/');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.facilitator-note').first()).toBeVisible();

  // With the view on, a mentee guide shows its notes and the switch, to turn it off again.
  await page.goto('guides/mentees/why-mentorship-matters/');
  await expect(page.locator('.facilitator-note').first()).toBeVisible();
  await toggle.click();
  await expect(page.locator('.facilitator-note').first()).toBeHidden();
  await expect(toggle).toBeHidden();
});

test('the program leads track points to the docs for running the site', async ({ page }) => {
  await page.goto('guides/programs/');
  const docs = page.getByRole('region', { name: 'Running MedMentor at your school' });
  await expect(docs).toContainText('Change colors and logo');
  await expect(docs).toContainText('Run a mentor-training workshop');
  // A local build does not know the repository's address: the docs are named by path.
  await expect(docs).toContainText('(docs/program-leads.md)');
});
