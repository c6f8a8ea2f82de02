/**
 * A person's evaluation response for their program: made from My data out of their own results,
 * goals and meetings, previewed in words and as the file, saved as a file that passes the
 * schema and holds none of the names and notes stored; and the mentorship check-in, offered on
 * the home page a month after a mentor was added (the clock moved five weeks), answered, kept
 * in the history, and followed by the offer of a response file.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { evaluationResponseSchema } from '../../src/lib/schemas/evaluation-response';
import { expectAccessible } from './support/axe';
import { contact } from './support/data';
import { expect, test } from './support/fixtures';
import { filledStorage, LONG_NAME, LONG_URL, LONG_WORD } from './support/states';
import { openWith } from './support/storage';

/** The saved file's text and its parsed JSON. */
async function saved(download: Download) {
  const text = readFileSync(await download.path(), 'utf8');
  return { text, json: JSON.parse(text) as unknown };
}

/** Chooses the round and saves the response; returns the download. */
async function saveResponse(page: Page, round: RegExp): Promise<Download> {
  await page.getByRole('radio', { name: round }).check();
  await expect(page.getByRole('heading', { name: 'What the file holds' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the evaluation response' }).click();
  return downloading;
}

test('a person with results, goals and meetings makes a response file from My data', async ({
  page,
}) => {
  await openWith(page, 'my-data/', filledStorage);
  // The section is in the page; its code loads when the person scrolls to it.
  const section = page.getByRole('region', { name: 'Evaluation for your program' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Create an evaluation response' }).click();
  const download = await saveResponse(page, /^Middle/);

  // The file: named by cohort, round and month; valid; only ids, numbers and the month.
  const month = new Date().toISOString().slice(0, 7);
  expect(download.suggestedFilename()).toBe(
    `medmentor-evaluation-Example-cohort-middle-${month}.json`,
  );
  const { text, json } = await saved(download);
  const parsed = evaluationResponseSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const file = parsed.data;
  const meetings = (
    JSON.parse(filledStorage['medmentor:meetings']!) as { meetings: { date: string }[] }
  ).meetings;
  const today = new Date().toLocaleDateString('sv');
  expect(file).toMatchObject({
    cohort: 'Example cohort',
    round: 'middle',
    month,
    activity: {
      goalsSet: 4,
      goalsCompleted: 1,
      meetingsLogged: meetings.filter((m) => m.date <= today).length,
    },
    checkIn: null,
  });
  expect(file.assessments.map((a) => a.instrument).sort()).toEqual([
    'clinical-strengths',
    'mentor-self-assessment',
    'mentoring-needs',
  ]);
  for (const secret of [
    LONG_NAME,
    LONG_WORD,
    LONG_URL,
    'Kim Park',
    'Present a case at grand rounds',
    'Rotations',
    'Prepare for clinical placements',
    'My note',
  ]) {
    expect(text).not.toContain(secret);
  }
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  // The preview said the same: every band id and every count, and the file itself.
  const preview = page.locator('.evaluation-maker');
  for (const assessment of file.assessments) {
    for (const band of Object.values(assessment.bands)) {
      await expect(preview).toContainText(`(${band})`);
    }
  }
  await expect(preview).toContainText(`Goals set${file.activity.goalsSet}`);
  await expect(preview).toContainText(`Goals completed${file.activity.goalsCompleted}`);
  await expect(preview).toContainText(`Meetings logged${file.activity.meetingsLogged}`);
  await expect(preview.locator('pre')).toHaveText(text.trimEnd());
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved as medmentor-evaluation-/ }),
  ).toBeVisible();
  await expectAccessible(page);
});

test('a check-in is due five weeks after a mentor was added; answering it offers the response file', async ({
  page,
}) => {
  const start = new Date();
  await page.clock.install({ time: start });
  await page.goto('network/');
  await page
    .getByRole('button', { name: /^Add a person/ })
    .first()
    .click();
  await page.getByLabel('Name', { exact: true }).fill('Dr. Priya Raman');
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByText('Dr. Priya Raman').first()).toBeVisible();

  // The same day: no check-in yet.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toBeVisible();
  const offer = page.getByRole('link', {
    name: 'Time for a two-minute check-in on your mentorship',
  });
  await expect(offer).toHaveCount(0);

  // Five weeks later it is due.
  await page.clock.setSystemTime(new Date(start.getTime() + 35 * 86_400_000));
  await page.goto('./');
  await offer.click();
  await expect(page).toHaveURL(/\/check-in\/$/);
  await expect(page.getByText('A check-in is due now.')).toBeVisible();
  await expect(page.getByLabel('Which mentorship is this about?')).toHaveValue(/.+/);
  await expect(page.getByLabel('Which mentorship is this about?')).toContainText(
    'My mentor Dr. Priya Raman',
  );
  const answer = (statement: string, label: string) =>
    page
      .getByRole('group', { name: statement })
      .getByRole('radio', { name: label, exact: true })
      .check();
  await answer('We meet about as often as we said we would.', 'Agree');
  await answer('When we talk, I feel listened to.', 'Strongly agree');
  await answer(
    'I would suggest this pairing to a friend in my position.',
    'Neither agree nor disagree',
  );
  await page.getByRole('button', { name: 'Save my check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Check-in saved/ })).toBeVisible();

  // The history keeps it, in words; the skipped statements say so.
  const history = page.getByRole('region', { name: 'Your past check-ins' });
  await expect(history).toContainText('My mentor Dr. Priya Raman');
  await expect(history).toContainText('Strongly agree');
  await expect(history.getByText('Skipped')).toHaveCount(2);
  await expectAccessible(page);

  // And the response file is offered, with this check-in in it.
  const section = page.getByRole('region', { name: 'Evaluation for your program' });
  await section.getByRole('button', { name: 'Create an evaluation response' }).click();
  const { text, json } = await saved(await saveResponse(page, /^End/));
  await expect(section).toContainText('5: Strongly agree');
  const parsed = evaluationResponseSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  expect(parsed.data?.checkIn).toEqual({
    'meet-as-planned': 4,
    'feel-heard': 5,
    'would-recommend': 3,
  });
  expect(text).not.toContain('Priya');
  expect(text).not.toContain('Raman');

  // Back home, the check-in is no longer due.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('a due check-in can be put off for a week from the home page', async ({ page }) => {
  const start = new Date();
  await page.clock.install({ time: start });
  const added = new Date(start.getTime() - 40 * 86_400_000).toISOString();
  await openWith(page, './', {
    'medmentor:network': JSON.stringify({
      version: 1,
      contacts: [contact('c1', 'Sam Lee', { createdAt: added, updatedAt: added })],
    }),
  });
  await page.getByRole('button', { name: 'Remind me in a week' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'We will remind you in a week.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Time for a two-minute check-in on your mentorship' }),
  ).toHaveCount(0);
  await page.clock.setSystemTime(new Date(start.getTime() + 8 * 86_400_000));
  await page.reload();
  await expect(
    page.getByRole('link', { name: 'Time for a two-minute check-in on your mentorship' }),
  ).toBeVisible();
});
