/**
 * Never lose a word, when the browser will not keep things: storage full (changes stay on
 * screen, marked unsaved, until they are saved), a private window with no room at all (kept on
 * the page, a warning before leaving, results shown in place), localStorage refused (kept across
 * the pages of this tab, and exported), one unreadable item (only it is set aside), and a value
 * that cannot be set aside (kept in place, the tool read-only until it is downloaded).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { completeNeeds } from './support/needs';
import { openWith, ownStorage } from './support/storage';

/** Makes every MedMentor write fail as if storage were full, until `setFull(page, false)`. */
async function setFull(page: Page, full: boolean) {
  await page.evaluate((on) => {
    const w = window as unknown as { __full?: boolean; __patched?: boolean };
    w.__full = on;
    if (w.__patched) return;
    w.__patched = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (w.__full && key.startsWith('medmentor:')) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      original.call(this, key, value);
    };
  }, full);
}

async function addGoal(page: Page, title: string) {
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Goal', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

const storedGoals = async (page: Page) =>
  (
    JSON.parse((await ownStorage(page))['medmentor:plan'] ?? '{"goals":[]}') as {
      goals: { title: string }[];
    }
  ).goals.map((g) => g.title);

test('storage full: new goals stay on screen, marked unsaved, until saving works again', async ({
  page,
}) => {
  await page.goto('plan/');
  await expect(page.getByRole('button', { name: 'New goal' })).toBeEnabled();
  await setFull(page, true);
  await addGoal(page, 'Shadow a pharmacist');
  // The planner does not claim it was saved.
  await expect(page.getByText('Goal "Shadow a pharmacist" is not saved yet.')).toBeVisible();
  await expect(page.getByText('Goal "Shadow a pharmacist" saved.')).toHaveCount(0);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not saved yet: Goal plans');
  await expect(alert).toContainText('storage this browser gives the site is full');
  await expect(alert).not.toContainText('Saved');
  await page.getByRole('button', { name: '← All goals' }).click();
  await addGoal(page, 'Ask about a research elective');
  // The first goal did not vanish when the second was added, and nothing claims to be saved.
  await page.getByRole('button', { name: '← All goals' }).click();
  await expect(page.getByRole('button', { name: 'Shadow a pharmacist' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask about a research elective' })).toBeVisible();
  expect(await storedGoals(page)).toEqual([]);
  const card = page.locator('.goal-card').filter({ hasText: 'Shadow a pharmacist' });
  await expect(card).toContainText('Not saved yet');
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(alert).toContainText('Still not saved');

  // A backup now holds both, although neither is saved.
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a backup' }).click();
  const backup = readFileSync(await (await downloading).path(), 'utf8');
  expect(backup).toContain('Shadow a pharmacist');
  expect(backup).toContain('Ask about a research elective');

  await setFull(page, false);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(alert).toBeEmpty();
  await expect(card).not.toContainText('Not saved yet');
  expect((await storedGoals(page)).sort()).toEqual([
    'Ask about a research elective',
    'Shadow a pharmacist',
  ]);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Shadow a pharmacist' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask about a research elective' })).toBeVisible();
});

test('a private window with no room at all: kept on the page, a warning before leaving, results in place', async ({
  page,
  guards,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('no quota', 'QuotaExceededError');
    };
  });
  await page.goto('assessments/mentoring-needs/');
  await expect(page.getByText('Nothing you enter will be kept after this page')).toBeVisible();
  const runner = page.url();
  await completeNeeds(page, () => 3);
  // The results open here: a page load would lose every answer.
  await expect(page.getByText(/^Completed /)).toBeVisible();
  await expect(page.locator('.results')).toContainText('Scores by area');
  expect(page.url()).toBe(runner);

  // Leaving the page asks first; staying keeps everything.
  guards.allow.push(/beforeunload/);
  const asked = page.waitForEvent('dialog');
  void page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Guides' })
    .click({ noWaitAfter: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.url()).toBe(runner);
  await expect(page.getByText(/^Completed /)).toBeVisible();
});

test('localStorage refused: what is entered is kept across the pages of this tab, and exported', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('plan/');
  await expect(page.getByText('kept only until you close this tab')).toBeVisible();
  await addGoal(page, 'Kept across pages');
  await page.goto('my-data/');
  await expect(page.getByRole('row', { name: /Goal plans/ })).toContainText('1 goal');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all my data' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toContain('Kept across pages');
  await page.goto('plan/');
  await expect(page.getByRole('button', { name: 'Kept across pages' })).toBeVisible();
});

test('one unreadable goal: the others stay in the plan, and only it is set aside', async ({
  page,
}) => {
  const plan = {
    version: 1,
    goals: [
      goal('g1', 'Present a case at grand rounds'),
      goal('g2', 'x'.repeat(400)),
      goal('g3', 'Impossible date', { targetDate: '2026-13-45' }),
      goal('g4', 'Join the wellness committee'),
    ],
  };
  await openWith(page, 'plan/', { 'medmentor:plan': JSON.stringify(plan) });
  await expect(page.getByRole('button', { name: 'Present a case at grand rounds' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Join the wellness committee' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('2 goals');
  const stored = await ownStorage(page);
  const kept = JSON.parse(stored['medmentor:plan'] ?? '') as { goals: { id: string }[] };
  expect(kept.goals.map((g) => g.id)).toEqual(['g1', 'g4']);
  const aside = Object.entries(stored).filter(([key]) => key.startsWith('medmentor:quarantine:'));
  expect(aside).toHaveLength(1);
  expect(aside[0]?.[1]).toContain('Impossible date');
  expect(aside[0]?.[1]).toContain('x'.repeat(400));
});

test('no room to set an unreadable plan aside: it keeps its place, and the plan is read-only until downloaded', async ({
  page,
}) => {
  // Stored from a page without tools, so no tool reads (and sets aside) the value before the
  // storage below has no room left.
  await page.goto('about/');
  await page.evaluate(() => localStorage.setItem('medmentor:plan', '{"version":1,"goals":[{'));
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('medmentor:quarantine:'))
        throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.goto('plan/');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('no room to set it aside');
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Goal', { exact: true }).fill('Would overwrite');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot change until you download or delete');
  expect((await ownStorage(page))['medmentor:plan']).toBe('{"version":1,"goals":[{');

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the raw data' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toBe('{"version":1,"goals":[{');
  await page.goto('plan/');
  await addGoal(page, 'Now it saves');
  expect(await storedGoals(page)).toEqual(['Now it saves']);
});
