/**
 * One delete pattern everywhere (issue 15): every delete happens at once, without a dialog,
 * and the tool's notices offer Undo, which brings the item back for good (still there after a
 * reload). The offer stays while the person moves between a tool's screens. And no tool ever
 * renders blank: a render error shows a calm message with a working backup download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { contact, goal, step } from './support/data';
import { expect, test } from './support/fixtures';
import { completeNeeds } from './support/needs';
import { openWith, ownStorage } from './support/storage';

/** The undo offer (in the tool's notices) that says `message`. */
const offer = (page: Page, message: string) =>
  page.getByRole('status').filter({ hasText: message });

/** Presses Undo on the offer that says `message`, and waits for `restored`. */
async function undo(page: Page, message: string, restored: string) {
  await offer(page, message).getByRole('button', { name: 'Undo' }).click();
  await expect(offer(page, restored)).toBeVisible();
}

test('a goal step: gone at once, Undo still offered on the goal list, back after a reload', async ({
  page,
}) => {
  const steps = [step('a', 'Outline'), step('b', 'Figures'), step('c', 'Print')];
  await openWith(page, 'plan/', {
    'medmentor:plan': JSON.stringify({ version: 1, goals: [goal('g1', 'Poster', { steps })] }),
  });
  await page.getByRole('button', { name: 'Poster' }).click();
  const order = () => page.locator('ol.steps > li label span').allTextContents();
  await page.getByRole('button', { name: 'Edit steps' }).click();
  await page.getByRole('button', { name: 'Delete step "Figures"' }).click();
  await expect.poll(order).toEqual(['Outline', 'Print']);

  // Other screens of the same tool (the goal, then all goals): the offer is still there.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(order).toEqual(['Outline', 'Print']);
  await page.getByRole('button', { name: '← All goals' }).click();
  await expect(page.getByRole('heading', { name: 'Poster' })).toHaveCount(0);
  await undo(page, 'Deleted the step "Figures".', 'The step "Figures" is back.');

  await page.reload();
  await page.getByRole('button', { name: 'Poster' }).click();
  await expect.poll(order).toEqual(['Outline', 'Figures', 'Print']);
});

test('a meeting and an action item: each deleted at once and brought back', async ({ page }) => {
  const meeting = {
    id: 'm1',
    date: '2026-11-20',
    agenda: 'First week of the rotation',
    notes: '',
    actions: [
      { id: 'x1', text: 'Email Dr. Lee', goalId: null },
      { id: 'x2', text: 'Book a room', goalId: null },
    ],
  };
  await openWith(page, 'plan/meetings/', {
    'medmentor:meetings': JSON.stringify({ version: 1, meetings: [meeting] }),
  });
  const card = page.getByRole('article', { name: 'November 20, 2026' });
  const items = card.locator('.actions-list > li');

  await card.getByRole('button', { name: 'Delete action item "Email Dr. Lee"' }).click();
  await expect(items).toHaveCount(1);
  await expect(card).not.toContainText('Email Dr. Lee');
  await undo(
    page,
    'Deleted the action item "Email Dr. Lee".',
    'The action item "Email Dr. Lee" is back.',
  );
  await page.reload();
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Email Dr. Lee');

  await card.getByRole('button', { name: 'Delete this meeting' }).click();
  await expect(card).toHaveCount(0);
  await undo(
    page,
    'Deleted the meeting of November 20, 2026.',
    'The meeting of November 20, 2026 is back.',
  );
  await page.reload();
  await expect(card).toContainText('First week of the rotation');
  await expect(items).toHaveCount(2);
});

test('a set-aside value: "Delete it" removes it at once; Undo keeps it set aside', async ({
  page,
}) => {
  await openWith(page, 'plan/meetings/', { 'medmentor:meetings': '{"version":1,"meetings":' });
  const notice = page.getByRole('status').filter({ hasText: 'Some saved data could not be read' });
  await expect(notice).toContainText('Meeting log');
  const setAside = async () =>
    Object.keys(await ownStorage(page)).filter((k) => k.startsWith('medmentor:quarantine:'));
  const [key] = await setAside();

  await notice.getByRole('button', { name: 'Delete it' }).click();
  await expect(notice).toHaveCount(0);
  expect(await setAside()).toEqual([]);
  await undo(
    page,
    'Deleted the set-aside data of "Meeting log".',
    'The set-aside data of "Meeting log" is back.',
  );
  await expect(notice).toContainText('Meeting log');
  await page.reload();
  await expect(notice).toContainText('Meeting log');
  expect(await setAside()).toEqual([key]);
  // The raw value is unchanged, still downloadable.
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the raw data' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toBe('{"version":1,"meetings":');
});

test('a self-assessment: "Start over" and deleting an attempt can both be undone', async ({
  page,
}) => {
  await page.goto('assessments/mentoring-needs/');
  // "Start over" midway: the answers go at once; Undo brings back the step and its answers.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('fieldset.item').nth(0).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await undo(
    page,
    'Cleared your answers to',
    'Your answers to What do I need from a mentor? are back.',
  );
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('fieldset.item').nth(0).getByRole('radio').nth(3)).toBeChecked();
  await page.reload();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();

  // A completed attempt, deleted from its results and brought back.
  await page.getByRole('button', { name: 'Start over' }).click();
  await completeNeeds(page, () => 2);
  await expect(page).toHaveURL(/results\/$/);
  await page.getByRole('button', { name: 'Delete this attempt' }).click();
  await expect(
    page.getByText('You have not completed this self-assessment on this device yet.'),
  ).toBeVisible();
  await undo(page, 'Deleted the attempt of', 'is back.');
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible();
});

test('the agreement: "Clear the agreement" empties it; Undo brings every part back', async ({
  page,
}) => {
  const fields = { mentee: 'Sam, nursing student', purpose: 'Find a research project' };
  await openWith(page, 'plan/agreement/', {
    'medmentor:agreement': JSON.stringify({
      version: 1,
      fields,
      updatedAt: '2026-11-01T10:00:00.000Z',
    }),
  });
  const sheet = page.getByRole('article', { name: 'Mentoring agreement' });
  const start = page.getByRole('button', { name: 'Write the agreement' });
  await expect(sheet).toContainText(fields.mentee);

  await page.getByRole('button', { name: 'Clear the agreement' }).click();
  await expect(sheet).toHaveCount(0);
  await expect(start).toBeVisible();
  await undo(page, 'Cleared the agreement.', 'The agreement is back.');
  await expect(sheet).toContainText(fields.mentee);
  await page.reload();
  await expect(sheet).toContainText(fields.mentee);
  await expect(sheet).toContainText(fields.purpose);

  // Without undo, the new, empty agreement stays.
  await page.getByRole('button', { name: 'Clear the agreement' }).click();
  await expect(sheet).toHaveCount(0);
  await page.reload();
  await expect(start).toBeVisible();
  await expect(sheet).toHaveCount(0);
});

test('a contact: removed at once, brought back, still there after a reload', async ({ page }) => {
  await openWith(page, 'network/', {
    'medmentor:network': JSON.stringify({
      version: 1,
      contacts: [contact('c1', 'Ama Owusu'), contact('c2', 'Lee Chen')],
    }),
  });
  const people = page.getByRole('region', { name: /^People \(/ });
  await people.getByRole('button', { name: 'Remove Ama Owusu' }).click();
  await expect(people).not.toContainText('Ama Owusu');
  await undo(page, 'Removed Ama Owusu from your network.', 'Ama Owusu is back in your network.');
  await page.reload();
  await expect(people).toContainText('Ama Owusu');
  await expect(people).toContainText('Lee Chen');
});

test('a render error: a calm message and a working backup download, never a blank tool', async ({
  page,
  guards,
}) => {
  // The error the boundary logs, on purpose.
  guards.allow.push(/plural rules are broken/);
  await openWith(page, 'plan/', {
    'medmentor:plan': JSON.stringify({ version: 1, goals: [goal('g1', 'Present at rounds')] }),
  });
  const before = await ownStorage(page);
  // A browser API the planner uses to render (plural forms) fails from the next load on.
  await page.addInitScript(() => {
    class Broken {
      constructor() {
        throw new Error('plural rules are broken');
      }
    }
    Object.defineProperty(Intl, 'PluralRules', { value: Broken });
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({
    hasText: 'Something went wrong showing this tool. Your data is safe on this device.',
  });
  await expect(alert).toBeVisible();

  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^medmentor-backup-.*\.json$/);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(backup).toContain('Present at rounds');

  // The plan is untouched (only the backup time was recorded).
  const after = await ownStorage(page);
  expect(after['medmentor:plan']).toBe(before['medmentor:plan']);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});
