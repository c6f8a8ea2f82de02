/** Workshop mode: a session plan per track gathers facilitator notes and timings for printing. */
import { readFileSync } from 'node:fs';
import { sessionParts, totalMinutes } from '../../src/lib/content/session-parts';
import { expect, test } from './support/fixtures';

test('a track session plan lists every timed part with totals and prints without navigation', async ({
  page,
}) => {
  await page.goto('guides/mentors/');
  await page.getByRole('link', { name: 'Session plan for facilitators' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Becoming an effective mentor: session plan',
  );
  const source = readFileSync('src/content/guides/mentors/listening-asking-feedback.mdx', 'utf8');
  const parts = sessionParts(source);
  expect(parts.length).toBeGreaterThan(1);
  const table = page.getByRole('table', { name: /Listening, asking and giving feedback/ });
  await expect(table.getByRole('row')).toHaveCount(parts.length + 2);
  await expect(table.getByRole('row', { name: /Total/ })).toContainText(
    String(totalMinutes(parts)),
  );
  // The notes themselves show here without switching the facilitator view on.
  const notes = page.locator('.session-source .facilitator-note');
  await expect(notes.first()).toBeVisible();
  // The guide's other prose is not on the page at all.
  await expect(page.locator('.session-source > p')).toHaveCount(0);
  await expect(page.locator('.session-source .callout, .session-source .case')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(notes.first()).toBeVisible();
});

test('the program leads track points to the docs for running the site', async ({ page }) => {
  await page.goto('guides/programs/');
  const docs = page.getByRole('region', { name: 'Running MedMentor at your school' });
  await expect(docs).toContainText('Change colors and logo');
  await expect(docs).toContainText('Run a mentor-training workshop');
  // A local build does not know the repository's address: the docs are named by path.
  await expect(docs).toContainText('(docs/program-leads.md)');
});
