/** Completes "What do I need from a mentor?" by clicking: 5 steps, every statement answered. */
import type { Page } from '@playwright/test';

export async function completeNeeds(
  page: Page,
  /** The choice (0-based) for every statement of a step. */
  choice: (step: number) => number,
  /** Anything else to do on a step before moving on (e.g. write a note). */
  onStep: (step: number) => Promise<void> = async () => {},
) {
  await page.getByRole('button', { name: /^(Start|Take it again)$/ }).click();
  for (let step = 0; step < 5; step++) {
    // Counted once the step is on screen: steps have different numbers of statements.
    await page.getByText(`Step ${step + 1} of 5`).waitFor();
    const groups = page.locator('fieldset.item');
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      await groups.nth(i).getByRole('radio').nth(choice(step)).check();
    }
    await onStep(step);
    await page.getByRole('button', { name: step === 4 ? 'See my results' : 'Next' }).click();
  }
}
