/**
 * The meeting brief and the shared summary by keyboard alone (Tab, Shift+Tab, Enter, Space; no
 * mouse): the person fills in a name and a question, chooses what goes in, sends the link; the
 * mentor opens it and reaches every link and action of the page. Each control shows the focus
 * ring when reached.
 */
import type { Locator, Page } from '@playwright/test';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { openWith } from './support/storage';

/** Tabs forward (or back) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
  await expectFocusRing(target);
}

/** The focused control shows a ring at least 2 px wide (the design system's :focus-visible). */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
  });
  expect(ring, 'focus ring width').toBeGreaterThanOrEqual(2);
}

/**
 * Tabs through the page from the top and returns the controls inside `scope` that the keyboard
 * never reached, or that showed no focus ring when reached (by their text or accessible name).
 */
async function unreachable(page: Page, scope: string, max = 80): Promise<string[]> {
  const names = await page.evaluate((within) => {
    const controls = [
      ...document.querySelectorAll(
        `${within} :is(a[href], button:not(:disabled), input:not(:disabled), select, textarea, summary, [tabindex="0"])`,
      ),
    ].filter((el) => el.checkVisibility());
    controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return controls.map(
      (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || el.tagName,
    );
  }, scope);
  expect(names.length).toBeGreaterThan(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const ringed = new Set<number>();
  for (let i = 0; i < max && ringed.size < names.length; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(() => {
      const el = document.activeElement;
      const index = el?.getAttribute('data-kb');
      if (!el || index == null) return null;
      const style = getComputedStyle(el);
      return { index: Number(index), ring: style.outlineStyle !== 'none' };
    });
    if (reached?.ring) ringed.add(reached.index);
  }
  return names.filter((_, i) => !ringed.has(i));
}

test('the brief by keyboard: a name, a question, what to send, and the link copied', async ({
  page,
  context,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWith(page, 'plan/brief/', {
    'medmentor:plan': JSON.stringify({
      version: 1,
      goals: [goal('g1', 'Present a case'), goal('g2', 'Start a research project')],
    }),
  });

  const name = page.getByLabel('Your first name (optional)');
  await tabTo(page, name);
  await page.keyboard.type('Ana');
  const questions = page.getByLabel('Questions for your mentor (one per line)');
  await tabTo(page, questions);
  await page.keyboard.type('Which case should I present?');

  // Goals to bring: both ticked at first; Space leaves the research project out.
  const goals = page.getByRole('group', { name: 'Goals to include' });
  const research = goals.getByRole('checkbox', { name: 'Start a research project' });
  await tabTo(page, research);
  await expect(research).toBeChecked();
  await page.keyboard.press('Space');
  await expect(research).not.toBeChecked();
  const sheet = page.getByRole('article', { name: /Meeting brief/ });
  await expect(sheet).toContainText('Present a case');
  await expect(sheet).not.toContainText('Start a research project');
  await expect(sheet).toContainText('Which case should I present?');

  // Shift+Tab goes back to the goal before it.
  await tabTo(page, goals.getByRole('checkbox', { name: 'Present a case' }), { back: true });

  const send = page.getByRole('button', { name: 'Send to my mentor' });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  await expect(send).toHaveAttribute('aria-expanded', 'true');
  const what = page.getByRole('group', { name: 'What to send' });
  const questionsBox = what.getByRole('checkbox', { name: 'My questions from the meeting brief' });
  await expect(questionsBox).toBeChecked();
  // Leave the questions out, then put them back: Space on the same box.
  await tabTo(page, questionsBox);
  await page.keyboard.press('Space');
  await expect(questionsBox).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(questionsBox).toBeChecked();

  const copy = page.getByRole('button', { name: 'Copy the link' });
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  // Said next to the button, in a live region.
  const said = page.getByRole('status').filter({ hasText: 'Link copied.' });
  await expect(said).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/share\/#v1\./);
  const [copyBox, saidBox] = await Promise.all([copy.boundingBox(), said.boundingBox()]);
  expect((saidBox?.y ?? 1e4) - ((copyBox?.y ?? 0) + (copyBox?.height ?? 0))).toBeLessThan(120);
  // The link box and the preview are next on the keyboard path.
  await tabTo(page, page.getByLabel('Link for your mentor'));
  await expect(page.getByLabel('Link for your mentor')).toHaveValue(link);
  await tabTo(page, page.getByRole('link', { name: 'See what your mentor will see' }));

  // The mentor, in a fresh browser at phone size, reaches every link and action by keyboard.
  const mentor = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const view = await mentor.newPage();
  await view.goto(link);
  const summary = view.getByRole('article', { name: 'Shared summary' });
  await expect(summary).toContainText('Shared by Ana on');
  await expect(summary).toContainText('Which case should I present?');
  expect(await unreachable(view, 'main')).toEqual([]);

  // "Sent a file instead?" opens with Enter and leads to the file picker.
  const more = view.getByText('Sent a file instead? Open it here');
  await tabTo(view, more, { back: true });
  await view.keyboard.press('Enter');
  const picker = view.getByLabel('Open a summary file');
  await expect(picker).toBeVisible();
  await tabTo(view, picker);
  await mentor.close();
});

test('the share page without a link, by keyboard: the file picker and every link are reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('share/');
  await expect(page.getByLabel('Open a summary file')).toBeVisible();
  expect(await unreachable(page, 'main')).toEqual([]);
  // On a fresh load, the skip link comes first and moves the focus to the page's content.
  await page.reload();
  await expect(page.getByLabel('Open a summary file')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
