/**
 * The meeting log and the mentoring agreement by keyboard only (Tab, Shift+Tab, Enter, Space; no
 * clicks), on a 375 x 667 phone: a meeting added, edited and sent to the calendar; the agreement
 * written, saved and one part edited. Also: each tool's first action in view when empty, the
 * browser's Back from an edit screen back to the tool on the same page, and long unbroken
 * words never making the page wider than a 320 px screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { expectNoSideScroll, tabTo } from './support/keyboard';
import { openWith } from './support/storage';

test.use({ viewport: { width: 375, height: 667 } });

/** A calendar date `days` from today in the browser's time zone. */
const fromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const longUrl = `https://example.org/${'a-very-long-path-segment-without-spaces'.repeat(5)}`.slice(
  0,
  200,
);
const longName = 'Maximiliana'.repeat(19).slice(0, 120);

const meetingLog = (agenda: string, actions: string[] = []) =>
  JSON.stringify({
    version: 1,
    meetings: [
      {
        id: 'm1',
        date: fromToday(3),
        agenda,
        notes: agenda,
        actions: actions.map((text, i) => ({ id: `a${i}`, text, goalId: null })),
      },
    ],
  });

const agreementWith = (fields: Record<string, string>) =>
  JSON.stringify({ version: 1, fields, updatedAt: '2026-11-01T10:00:00.000Z' });

for (const [path, name] of [
  ['plan/meetings/', 'Add a meeting'],
  ['plan/agreement/', 'Write the agreement'],
] as const) {
  test(`${path} when empty shows "${name}" without scrolling`, async ({ page }) => {
    await page.goto(path);
    const action = page.getByRole('button', { name });
    await expect(action).toBeInViewport({ ratio: 1 });
    const box = await action.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(667);
  });
}

test('a meeting added, sent to the calendar and edited by keyboard alone', async ({ page }) => {
  await page.goto('plan/meetings/');
  const add = page.getByRole('button', { name: 'Add a meeting' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Record a meeting' })).toBeFocused();
  // The date is today unless changed.
  await tabTo(page, page.getByLabel('Agenda'));
  await page.keyboard.type('My research options');
  await tabTo(page, page.getByLabel('Action items (one per line)'));
  await page.keyboard.type('Email Dr. Lee');
  await tabTo(page, page.getByRole('button', { name: 'Save meeting' }));
  await page.keyboard.press('Enter');

  await expect(page.locator('p:has(#add-meeting) + [role=status]')).toHaveText(
    /^Meeting of .+ saved\.$/,
  );
  await expect(add).toBeFocused();
  const card = page.locator('article.meeting');
  await expect(card.getByRole('definition')).toHaveText(['My research options']);
  await expect(card.locator('.actions-list')).toContainText('Email Dr. Lee');

  // A meeting today or later goes to the calendar from its card.
  const calendar = card.getByRole('button', { name: 'Add to calendar' });
  await tabTo(page, calendar);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const ics = readFileSync(await (await download).path(), 'utf8');
  expect(ics).toContain('SUMMARY:Mentoring meeting');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${fromToday(0).replace(/-/g, '')}`);
  await expect(card.getByRole('status')).toContainText('Calendar file saved.');

  // Edit opens this meeting alone; Save returns to the log with the change, the item kept.
  await tabTo(page, card.getByRole('button', { name: /^Edit / }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit the meeting' })).toBeFocused();
  await tabTo(page, page.getByLabel('Agenda'));
  await expect(page.getByLabel('Agenda')).toHaveValue('My research options');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Research options and a poster');
  await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Space');
  await expect(card.getByRole('status')).toHaveText(/^Saved the changes to the meeting of /);
  await expect(card.getByRole('button', { name: /^Edit / })).toBeFocused();
  await expect(card.getByRole('definition')).toHaveText(['Research options and a poster']);
  await expect(card.locator('.actions-list')).toContainText('Email Dr. Lee');
  await page.reload();
  await expect(card.getByRole('definition')).toHaveText(['Research options and a poster']);
});

test('the agreement written, saved and one part edited by keyboard alone', async ({ page }) => {
  await page.goto('plan/agreement/');
  await tabTo(page, page.getByRole('button', { name: 'Write the agreement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Write the agreement' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mentee', { exact: true })).toBeFocused();
  await page.keyboard.type('Sam, second-year nursing student');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dr. Rosa Diaz, pediatrics');
  await tabTo(page, page.getByLabel('What this mentorship is for'));
  await page.keyboard.type('Find my way into research');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');

  const sheet = page.getByRole('article', { name: 'Mentoring agreement' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved the agreement.' })).toBeVisible();
  await expect(sheet.locator('#part-who').getByRole('definition')).toHaveText([
    'Sam, second-year nursing student',
    'Dr. Rosa Diaz, pediatrics',
  ]);

  // One part's Edit opens that part alone.
  const editAims = sheet.getByRole('button', { name: 'Edit What we will do' });
  await tabTo(page, editAims);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit: What we will do' })).toBeFocused();
  await expect(page.getByLabel('Mentee', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What this mentorship is for')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Find my way into research, and a first poster');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “What we will do”.' }),
  ).toBeVisible();
  await expect(editAims).toBeFocused();
  await expect(sheet.locator('#part-aims')).toContainText(
    'Find my way into research, and a first poster',
  );
  // The other parts are as they were.
  await expect(sheet.locator('#part-who')).toContainText('Dr. Rosa Diaz, pediatrics');
});

test("the browser's Back from an edit screen returns to the tool, on the same page", async ({
  page,
}) => {
  await openWith(page, 'plan/meetings/', { 'medmentor:meetings': meetingLog('CV review') });
  let url = page.url();
  await page.getByRole('button', { name: /^Edit / }).click();
  await expect(page.getByRole('heading', { name: 'Edit the meeting' })).toBeVisible();
  await page.goBack();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { name: 'Edit the meeting' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a meeting' })).toBeVisible();
  await expect(page.locator('article.meeting')).toContainText('CV review');

  await openWith(page, 'plan/agreement/', {
    'medmentor:agreement': agreementWith({ mentee: 'Sam', purpose: 'Research' }),
  });
  url = page.url();
  await page.getByRole('button', { name: 'Edit What we will do' }).click();
  await expect(page.getByLabel('What this mentorship is for')).toHaveValue('Research');
  // Cancel (like Back) drops what was typed.
  await page.getByLabel('What this mentorship is for').fill('Something else');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const sheet = page.getByRole('article', { name: 'Mentoring agreement' });
  await expect(sheet).toContainText('Research');
  await expect(sheet).not.toContainText('Something else');
  await page.getByRole('button', { name: 'Edit Who we are' }).click();
  await page.goBack();
  expect(page.url()).toBe(url);
  await expect(sheet).toContainText('Sam');
  await expect(page.getByLabel('Mentee', { exact: true })).toHaveCount(0);
});

test('long unbroken words never make the meetings or the agreement wider than 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWith(page, 'plan/meetings/', {
    'medmentor:meetings': meetingLog(longUrl, [longName, longUrl]),
  });
  await expect(page.locator('article.meeting')).toContainText(longUrl);
  await expectNoSideScroll(page);
  await page.getByRole('button', { name: /^Edit / }).click();
  await expect(page.getByLabel('Agenda')).toHaveValue(longUrl);
  await expectNoSideScroll(page);

  await openWith(page, 'plan/agreement/', {
    'medmentor:agreement': agreementWith({ mentee: longName, mentor: longUrl, purpose: longUrl }),
  });
  await expect(page.getByRole('article', { name: 'Mentoring agreement' })).toContainText(longUrl);
  await expectNoSideScroll(page);
  await page.getByRole('button', { name: 'Edit Who we are' }).click();
  await expect(page.getByLabel('Mentor', { exact: true })).toHaveValue(longUrl);
  await expectNoSideScroll(page);
});
