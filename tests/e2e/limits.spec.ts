/**
 * Limits and dates as a person meets them (issue 15): typing stops at the schema's limit with a
 * counter shown, an impossible date is refused with a message, typed or imported, and the plan
 * keeps showing its goals either way.
 */
import type { Page } from '@playwright/test';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { openWith } from './support/storage';

const plan = (...goals: unknown[]) => JSON.stringify({ version: 1, goals });

/** Types `extra` characters at the end of a box already filled to `filled` characters. */
async function typePast(page: Page, label: string, filled: number, extra: number) {
  const box = page.getByLabel(label, { exact: true });
  await box.fill('a'.repeat(filled));
  await box.press('End');
  await page.keyboard.type('b'.repeat(extra));
  return box;
}

/** Saves the goal being written, then opens the plan again: `goals` goals, none set aside. */
async function saveGoalAndReadBack(page: Page, title: string | RegExp, goals: number) {
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.goto('plan/');
  await expect(page.locator('.goal-card')).toHaveCount(goals);
  await expect(page.getByText('could not be read')).toHaveCount(0);
}

test('a goal title stops at 200 characters, with the counter shown, and is saved', async ({
  page,
}) => {
  await page.goto('plan/');
  await page.getByRole('button', { name: 'New goal' }).click();
  const title = await typePast(page, 'Goal', 190, 25);
  await expect(title).toHaveValue(`${'a'.repeat(190)}${'b'.repeat(10)}`);
  await expect(page.getByText('200 of 200 characters')).toBeVisible();
  // Read back after a reload: the saved title passes the schema, so the plan is not set aside.
  await saveGoalAndReadBack(page, /^a+b+$/, 1);
});

test('a meeting note stops at 5,000 characters, with the counter shown, and is saved', async ({
  page,
}) => {
  await page.goto('plan/meetings/');
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  const counter = page.getByText(/of 5,000 characters$/);
  const notes = await typePast(page, 'Notes', 4400, 0);
  await expect(counter).toHaveCount(0);
  await notes.fill('a'.repeat(4600));
  await expect(page.getByText('4,600 of 5,000 characters')).toBeVisible();
  await typePast(page, 'Notes', 4990, 20);
  await expect(notes).toHaveValue(`${'a'.repeat(4990)}${'b'.repeat(10)}`);
  await expect(page.getByText('5,000 of 5,000 characters')).toBeVisible();
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.locator('article.meeting')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('article.meeting')).toContainText('b'.repeat(10));
});

test('an impossible date typed into a date field is refused, and the plan keeps its goals', async ({
  page,
}) => {
  await openWith(page, 'plan/', { 'medmentor:plan': plan(goal('g1', 'Keep this goal')) });
  await expect(page.locator('.goal-card')).toHaveText([/Keep this goal/]);
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Goal', { exact: true }).fill('Present at rounds');
  const target = page.getByLabel('Target date');
  await expect(target).toHaveAttribute('min', '1900-01-01');
  await expect(target).toHaveAttribute('max', '2199-12-31');

  // A five-digit year: a date the browser takes as text but marks out of range.
  await target.fill('20260-01-01');
  const message = page.getByText(/not a real calendar date between 1900 and 2199/);
  await expect(message).toBeVisible();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save goal' }).click();
  // Not saved: the form stays, with the message.
  await expect(page.getByRole('button', { name: 'Save goal' })).toBeVisible();
  await expect(message).toBeVisible();

  await target.fill('2026-12-01');
  await expect(message).toBeHidden();
  await saveGoalAndReadBack(page, 'Present at rounds', 2);
});

test('a backup with an impossible date is refused with a clear message; the plan keeps its goals', async ({
  page,
}) => {
  await openWith(page, 'my-data/', { 'medmentor:plan': plan(goal('g1', 'Keep this goal')) });
  const backup = {
    app: 'medmentor',
    kind: 'backup',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    stores: { plan: { version: 1, goals: [goal('g2', 'Bad date', { targetDate: '2026-13-45' })] } },
  };
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(
    page.getByText(/not a real calendar date between 1900 and 2199/).first(),
  ).toBeVisible();

  await page.goto('plan/');
  await expect(page.locator('.goal-card').filter({ hasText: 'Keep this goal' })).toBeVisible();
  await expect(page.locator('.goal-card').filter({ hasText: 'Bad date' })).toHaveCount(0);
});
