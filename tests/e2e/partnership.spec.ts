/** The mentoring agreement and the meeting log; free text always shown as text. */
import { goal } from './support/data';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { seed } from './support/storage';

const xss = '<img src=x onerror=alert(1)>';

test('the agreement, once saved, reads as the agreement and prints for both to sign', async ({
  page,
}) => {
  await page.goto('plan/agreement/');
  await page.getByRole('button', { name: 'Write the agreement' }).click();
  await page.getByLabel('Mentee', { exact: true }).fill('Sam, second-year nursing student');
  await page
    .getByLabel('What this mentorship is for')
    .fill(`Prepare for my first clinical placement ${xss}`);
  await page
    .getByLabel('How either of us can end it')
    .fill('Either of us can end it after one conversation, no reasons needed.');
  await page.getByLabel('Review date').fill('2027-03-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the agreement.' })).toBeVisible();
  const sheet = page.getByRole('article', { name: 'Mentoring agreement' });
  await page.reload();
  // Read, not a form: each part as label and text, empty parts left out.
  const aims = sheet.locator('#part-aims');
  await expect(aims.getByRole('term')).toHaveText(['What this mentorship is for']);
  await expect(aims.getByRole('definition')).toHaveText([
    `Prepare for my first clinical placement ${xss}`,
  ]);
  await expect(sheet.locator('#part-how')).toContainText('Not written yet.');
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  // The lines to sign are for paper only.
  await expect(sheet.getByText('Mentee signature and date')).toBeHidden();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(xss);
  await expect(sheet).toContainText('March 1, 2027');
  await expect(sheet).toContainText('Mentee signature and date');
  await expect(sheet.getByRole('button', { name: /^Edit/ }).first()).toBeHidden();
  await expect(page.getByLabel('Purpose')).toHaveCount(0);
  await expect(page.locator('main img')).toHaveCount(0);
});

test('a meeting action item becomes a goal step', async ({ page }) => {
  await page.goto('plan/');
  const plan = { version: 1, goals: [goal('g1', 'Get ready for the surgery rotation')] };
  await seed(page, { 'medmentor:plan': JSON.stringify(plan) });
  await page.goto('plan/meetings/');
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel('Agenda').fill(`Rotation worries ${xss}`);
  await page.getByLabel('Notes').fill('Talked through the first week.');
  await page
    .getByLabel('Action items (one per line)')
    .fill('Review suturing videos\nAsk the chief resident about call');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  const meeting = page.getByRole('article', { name: 'November 20, 2026' });
  await expect(meeting).toContainText(`Rotation worries ${xss}`);
  await expectAccessible(page);
  await meeting
    .getByRole('listitem')
    .filter({ hasText: 'Review suturing videos' })
    .getByRole('button', { name: 'Add as a goal step' })
    .click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'added as a step to "Get ready for the surgery rotation"' }),
  ).toBeVisible();
  await expect(
    meeting.getByRole('listitem').filter({ hasText: 'Review suturing videos' }),
  ).toContainText('(added to a goal)');
  await page.goto('plan/');
  await page.getByRole('button', { name: 'Get ready for the surgery rotation' }).click();
  await expect(page.getByRole('checkbox', { name: 'Review suturing videos' })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('typing is never wiped by a save from elsewhere (another field, another tab)', async ({
  page,
  context,
}) => {
  await page.goto('plan/agreement/');
  await page.getByRole('button', { name: 'Write the agreement' }).click();
  const purpose = page.getByLabel('What this mentorship is for');
  await purpose.fill('Find my way into research');
  // Another tab saves a different part while this one is still being typed.
  const other = await context.newPage();
  await other.goto('plan/agreement/');
  await other.getByRole('button', { name: 'Write the agreement' }).click();
  await other.getByLabel('Mentee', { exact: true }).fill('Sam, second-year nursing student');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Mentee', { exact: true })).toHaveValue(
    'Sam, second-year nursing student',
  );
  await expect(purpose).toHaveValue('Find my way into research');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.reload();
  const sheet = page.getByRole('article', { name: 'Mentoring agreement' });
  await expect(sheet).toContainText('Find my way into research');
  await expect(sheet).toContainText('Sam, second-year nursing student');
});

test('deleting a meeting happens at once and can be undone', async ({ page }) => {
  await page.goto('plan/meetings/');
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel('Agenda').fill('First week of the rotation');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  const meeting = page.getByRole('article', { name: 'November 20, 2026' });
  await expect(meeting).toContainText('First week of the rotation');

  await meeting.getByRole('button', { name: 'Delete this meeting' }).click();
  await expect(meeting).toHaveCount(0);
  await expect(page.getByText('No meetings recorded yet.')).toBeVisible();
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted the meeting of November 20, 2026.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(meeting).toContainText('First week of the rotation');
  await expect(
    page.getByRole('status').filter({ hasText: 'The meeting of November 20, 2026 is back.' }),
  ).toBeVisible();
  await page.reload();
  await expect(meeting).toContainText('First week of the rotation');

  // Without undo, the delete stays.
  await meeting.getByRole('button', { name: 'Delete this meeting' }).click();
  await expect(meeting).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No meetings recorded yet.')).toBeVisible();
});
