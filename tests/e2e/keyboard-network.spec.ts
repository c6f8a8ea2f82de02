/**
 * My network by keyboard only (Tab, Shift+Tab, Enter, Space; no clicks), on a 375 x 667 phone:
 * add a person, read them back, edit them, remove them and undo. Also: "Add a person" in view
 * on an empty network, the browser's Back from the form returns to the list on the same page,
 * and long unbroken words never make the page wider than a 320 px screen.
 */
import { contact } from './support/data';
import { expect, test } from './support/fixtures';
import { expectNoSideScroll, tabTo } from './support/keyboard';
import { openWith } from './support/storage';

test.use({ viewport: { width: 375, height: 667 } });

const longUrl = `https://example.org/${'a-very-long-path-segment-without-spaces'.repeat(5)}`.slice(
  0,
  200,
);
const longName = 'Maximiliana'.repeat(19).slice(0, 120);

test('an empty network shows "Add a person" without scrolling', async ({ page }) => {
  await page.goto('network/');
  const add = page.getByRole('button', { name: 'Add a person' });
  await expect(add).toBeInViewport({ ratio: 1 });
  const box = await add.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(667);
});

test('add, edit, remove and undo by keyboard alone', async ({ page }) => {
  await page.goto('network/');
  const add = page.getByRole('button', { name: 'Add a person' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a person' })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Ana Lima');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cardiology fellow');
  await tabTo(page, page.getByLabel('How they can help me'));
  await page.keyboard.type('Advice on research');
  await tabTo(page, page.getByRole('button', { name: 'Add to my network' }));
  await page.keyboard.press('Enter');

  // Back on the list: the confirmation beside the Add button, which has focus again.
  await expect(
    page.getByRole('status').filter({ hasText: 'Added Ana Lima to your network.' }),
  ).toBeVisible();
  await expect(add).toBeFocused();
  const card = page.locator('.contact').filter({ hasText: 'Ana Lima' });
  await expect(card.getByRole('definition')).toHaveText([
    'Cardiology fellow',
    'Advice on research',
  ]);

  // Edit opens this person alone; Save returns to the list with the change.
  await tabTo(page, card.getByRole('button', { name: 'Edit Ana Lima' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit Ana Lima' })).toBeFocused();
  await tabTo(page, page.getByLabel('Role', { exact: true }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Cardiologist');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Space');
  await expect(card.getByRole('button', { name: 'Edit Ana Lima' })).toBeFocused();
  await expect(card.getByRole('status')).toHaveText('Saved the changes to Ana Lima.');
  await expect(card.getByRole('definition').first()).toHaveText('Cardiologist');

  // Remove is quiet and at once; Undo is a few Shift+Tabs away.
  await tabTo(page, card.getByRole('button', { name: 'Remove Ana Lima' }));
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  const undo = page
    .getByRole('status')
    .filter({ hasText: 'Removed Ana Lima from your network.' })
    .getByRole('button', { name: 'Undo' });
  await tabTo(page, undo, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('.contact').filter({ hasText: 'Ana Lima' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ana Lima is back in your network.' }),
  ).toBeVisible();
});

test("the browser's Back from the edit screen returns to the list, on the same page", async ({
  page,
}) => {
  await openWith(page, 'network/', {
    'medmentor:network': JSON.stringify({ version: 1, contacts: [contact('c1', 'Kim Park')] }),
  });
  const url = page.url();
  await page.getByRole('button', { name: 'Edit Kim Park' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Kim Park' })).toBeVisible();
  await page.goBack();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { name: 'Edit Kim Park' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Kim Park' })).toBeVisible();
  // Forward opens the form again; the in-page Back returns too.
  await page.goForward();
  await page.getByRole('button', { name: 'Back to my network' }).click();
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('long unbroken words never make the page wider than 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWith(page, 'network/', {
    'medmentor:network': JSON.stringify({
      version: 1,
      contacts: [
        contact('c1', longName, {
          role: longUrl,
          howTheyHelp: longUrl,
          notes: longName,
          nextFollowUp: '2030-01-01',
        }),
      ],
    }),
  });
  await expect(page.locator('.contact')).toContainText(longUrl);
  await expectNoSideScroll(page);
  // The diagram's words are at least 14 px on screen.
  const sizes = await page.locator('.constellation svg').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
    );
  });
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  // The form too, with the long words in its boxes.
  await page.getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue(longUrl);
  await expectNoSideScroll(page);
});

test("the browser's Back never drops typing unasked: staying keeps it, leaving drops it", async ({
  page,
  guards,
}) => {
  guards.allow.push(/^confirm: What you typed here is not saved yet/);
  await openWith(page, 'network/', {
    'medmentor:network': JSON.stringify({ version: 1, contacts: [contact('c1', 'Kim Park')] }),
  });
  await page.getByRole('button', { name: 'Edit Kim Park' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Kim Park-Lee');
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goBack();
  await expect.poll(() => asked).toEqual([expect.stringContaining('not saved yet')]);
  await expect(page.getByRole('heading', { name: 'Edit Kim Park' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Kim Park-Lee');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Kim Park' })).toBeVisible();
  await expect(page.getByText('Kim Park-Lee')).toHaveCount(0);
});
