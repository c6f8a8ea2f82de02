/**
 * The goal planner by keyboard only (Tab, Shift+Tab, Enter, Space; no clicks), on a 375 x 667
 * phone: create a goal with a step, open it, edit its details, check the step off, go back to
 * all goals, delete the goal and undo. Focus lands on each screen's heading as it opens.
 */
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';

test.use({ viewport: { width: 375, height: 667 } });

test('a goal with a step, edited, checked off, deleted and brought back, by keyboard alone', async ({
  page,
}) => {
  await page.goto('plan/');
  const newGoal = page.getByRole('button', { name: 'New goal' });
  await expect(newGoal).toBeEnabled();
  await tabTo(page, newGoal);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New goal' })).toBeFocused();

  await tabTo(page, page.getByLabel('Goal', { exact: true }));
  await page.keyboard.type('Shadow a pharmacist');
  await tabTo(page, page.getByRole('button', { name: 'Save goal' }));
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Shadow a pharmacist' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'saved.' })).toBeVisible();

  // A step: the steps part opens alone; Enter in the box adds it; Done returns to the goal.
  await tabTo(page, page.getByRole('button', { name: 'Add steps' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit steps' })).toBeFocused();
  await tabTo(page, page.getByLabel('New step'));
  await page.keyboard.type('Ask the ward pharmacist for a shift');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('checkbox', { name: 'Ask the ward pharmacist for a shift' }),
  ).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();

  // The details: Edit opens them; Save returns to the summary with the new text.
  await tabTo(page, page.getByRole('button', { name: 'Edit details' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit details' })).toBeFocused();
  await tabTo(page, page.getByLabel('Specific'));
  await page.keyboard.type('One evening shift on the medical ward.');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await expect(page.locator('.summary dd').filter({ hasText: 'One evening shift' })).toBeVisible();

  // Space checks the step off, from the summary.
  const check = page.getByRole('checkbox', { name: 'Ask the ward pharmacist for a shift' });
  await tabTo(page, check);
  await page.keyboard.press('Space');
  await expect(check).toBeChecked();
  await expect(page.getByText('1 of 1 step done')).toBeVisible();

  // Back to all goals, with Shift+Tab up to the in-page Back.
  await tabTo(page, page.getByRole('button', { name: '← All goals' }), { back: true });
  await page.keyboard.press('Enter');
  const card = page.locator('.goal-card', { hasText: 'Shadow a pharmacist' });
  await expect(card).toContainText('1 of 1 step done');

  // Open it again, delete it (a quiet button), and undo from the offer above the list.
  await tabTo(page, card.getByRole('button', { name: 'Shadow a pharmacist' }));
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Delete goal' }));
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await tabTo(page, undo, { back: true });
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('1 of 1 step done');
});
