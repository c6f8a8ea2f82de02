/**
 * Two tabs of one browser on the same data: a field changed in one tab while the person types in
 * it in the other is never silently overwritten (the second tab asks which text to keep), and a
 * goal deleted in one tab leaves the other tab's typing in it, to save as a new goal. And every
 * tool page says when the last backup was.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { openWith, ownStorage } from './support/storage';

const seeded = {
  'medmentor:plan': JSON.stringify({
    version: 1,
    goals: [goal('g1', 'Run a journal club', { specific: 'Monthly, with the residents' })],
  }),
};

/** Opens the goal in a tab of the planner. */
async function openGoal(page: Page) {
  await page.getByRole('button', { name: 'Run a journal club' }).click();
  await expect(page.getByRole('heading', { name: 'Run a journal club' })).toBeVisible();
}

/** Opens the goal's details for editing (the goal reads as a summary first). */
async function editDetails(page: Page) {
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('heading', { name: 'Edit details' })).toBeVisible();
}

/** Opens the seeded planner in this tab and a second one, the goal open in both; gives the second. */
async function goalInTwoTabs(page: Page, context: BrowserContext): Promise<Page> {
  await openWith(page, 'plan/', seeded);
  const other = await context.newPage();
  await other.goto('plan/');
  await openGoal(page);
  await openGoal(other);
  return other;
}

/** What the plan stores for the goal's "Specific" field. */
const storedSpecific = async (page: Page) => {
  const plan = JSON.parse((await ownStorage(page))['medmentor:plan'] ?? '{}') as {
    goals: { id: string; specific: string }[];
  };
  return plan.goals.find((g) => g.id === 'g1')?.specific;
};

for (const choice of ['Keep mine', "Use the other tab's"] as const) {
  test(`one goal field edited in two tabs: the second is told, and can choose "${choice}"`, async ({
    page,
    context,
  }) => {
    const other = await goalInTwoTabs(page, context);
    await editDetails(page);
    await editDetails(other);

    // This tab types (not yet saved: the details are still being edited)...
    const mine = page.getByLabel('Specific');
    await mine.fill('Every two weeks, one paper each');
    // ...while the other tab changes the same field and saves it.
    await other.getByLabel('Specific').fill('Weekly, with the whole team');
    await other.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => storedSpecific(other)).toBe('Weekly, with the whole team');

    const told = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect(told).toBeVisible();
    await expect(told).toContainText('Weekly, with the whole team');
    // The typing is still there while the person decides; nothing has overwritten it.
    await expect(mine).toHaveValue('Every two weeks, one paper each');
    // Leaving the field does not decide for them.
    await mine.blur();
    await expect(told).toBeVisible();
    expect(await storedSpecific(page)).toBe('Weekly, with the whole team');

    await told.getByRole('button', { name: choice }).click();
    await expect(told).toBeHidden();
    const kept =
      choice === 'Keep mine' ? 'Every two weeks, one paper each' : 'Weekly, with the whole team';
    await expect(mine).toHaveValue(kept);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => storedSpecific(page)).toBe(kept);
    // The other tab shows the text kept.
    await expect(other.locator('.summary dd').filter({ hasText: kept })).toBeVisible();
  });
}

test('an agreement part edited in two tabs: the second is told, and keeps its own text', async ({
  page,
  context,
}) => {
  await page.goto('plan/agreement/');
  const other = await context.newPage();
  await other.goto('plan/agreement/');
  for (const tab of [page, other]) {
    await tab.getByRole('button', { name: 'Write the agreement' }).click();
  }
  const label = 'How often and how we meet';
  const mine = page.getByLabel(label);
  await mine.fill('Every two weeks, 30 minutes');
  await other.getByLabel(label).fill('Monthly, in person');
  await other.getByRole('button', { name: 'Save', exact: true }).click();

  const told = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(told).toContainText('Monthly, in person');
  await expect(mine).toHaveValue('Every two weeks, 30 minutes');
  // Saving waits for the person's choice.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'choose which text to keep first' }),
  ).toBeVisible();
  await told.getByRole('button', { name: 'Keep mine' }).click();
  await expect(told).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const sheet = (tab: Page) => tab.getByRole('article', { name: 'Mentoring agreement' });
  await expect(sheet(page)).toContainText('Every two weeks, 30 minutes');
  await expect(sheet(other)).toContainText('Every two weeks, 30 minutes');
  await expect(sheet(other)).not.toContainText('Monthly, in person');
  await page.reload();
  await expect(sheet(page)).toContainText('Every two weeks, 30 minutes');
});

test("a person edited in two tabs: the second is told which field changed, and takes the other tab's", async ({
  page,
  context,
}) => {
  await page.goto('network/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Kim Park');
  await page.getByLabel('Role', { exact: true }).fill('Resident');
  await page.getByRole('button', { name: 'Add to my network' }).click();
  const other = await context.newPage();
  await other.goto('network/');
  for (const tab of [page, other]) {
    await tab.getByRole('button', { name: /^Edit.*Kim Park/ }).click();
  }
  await other.getByLabel('Role', { exact: true }).fill('Chief resident');
  await page.getByLabel('Role', { exact: true }).fill('Fellow');
  await page.getByRole('button', { name: 'Save changes' }).click();

  const told = other.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(told).toContainText('Role');
  await expect(told).toContainText('Fellow');
  await expect(other.getByLabel('Role', { exact: true })).toHaveValue('Chief resident');
  await told.getByRole('button', { name: "Use the other tab's" }).click();
  await expect(told).toBeHidden();
  await expect(other.getByLabel('Role', { exact: true })).toHaveValue('Fellow');
});

test('a goal deleted in one tab while the other types in it: the typing is kept, and saved as a new goal', async ({
  page,
  context,
}) => {
  const other = await goalInTwoTabs(page, context);
  await editDetails(page);

  await page.getByLabel('Goal', { exact: true }).fill('Run a journal club for the new interns');
  await other.getByRole('button', { name: 'Delete goal' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toHaveText(
    /This goal was deleted in another tab\. Your typing is kept below/,
  );
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue(
    'Run a journal club for the new interns',
  );
  await expect(page.getByLabel('Specific')).toHaveValue('Monthly, with the residents');
  await page.getByRole('button', { name: 'Save as a new goal' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Run a journal club for the new interns' }),
  ).toBeVisible();
  await expect(
    page.locator('.summary dd').filter({ hasText: 'Monthly, with the residents' }),
  ).toBeVisible();
  // Saved for good: the other tab lists it too.
  await expect(
    other.getByRole('button', { name: 'Run a journal club for the new interns' }),
  ).toBeVisible();
});

test('every tool page says when the last backup was, with a link to back up', async ({ page }) => {
  const tools = [
    'plan/',
    'plan/brief/',
    'plan/agreement/',
    'plan/meetings/',
    'network/',
    'assessments/mentoring-needs/',
    'assessments/mentoring-needs/results/',
  ];
  const status = page.locator('.backup-status');
  for (const path of tools) {
    await page.goto(path);
    await expect(status, path).toHaveText('No backup yet · Back up');
    await expect(status.getByRole('link', { name: 'Back up' }), path).toHaveAttribute(
      'href',
      /\/my-data\/$/,
    );
  }
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  await page.evaluate((at) => {
    localStorage.setItem(
      'medmentor:meta',
      JSON.stringify({ version: 1, lastBackupAt: at, firstChangeAt: null, changesSinceBackup: 0 }),
    );
  }, threeDaysAgo);
  for (const path of tools) {
    await page.goto(path);
    await expect(status, path).toHaveText('Last backup: 3 days ago · Back up');
  }
  // My data says it in full.
  await page.goto('my-data/');
  await expect(page.getByText(/Last backup:/)).not.toContainText('none yet');
});
