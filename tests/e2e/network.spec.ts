/** My network: people survive a reload, appear in the diagram and its table, and follow-ups show. */
import { readFileSync } from 'node:fs';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

const xss = '<img src=x onerror=alert(1)>';

/** A calendar date `days` from today in the browser's time zone. */
const fromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('three people added survive a reload and show in the diagram with a due follow-up', async ({
  page,
}) => {
  await page.goto('network/');
  await expect(page.getByRole('table')).toContainText('Nobody yet');
  const people = [
    { name: 'Dr. Rosa Diaz', role: 'Pediatrics attending', group: 'Mentor', next: fromToday(2) },
    { name: 'Kim Park', role: `Senior resident ${xss}`, group: 'Near-peer', next: fromToday(-3) },
    { name: 'Lee Chen', role: 'Classmate', group: 'Peer', next: '' },
  ];
  for (const p of people) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill(p.name);
    await page.getByLabel('Role', { exact: true }).fill(p.role);
    await page.getByLabel('Place in my network').selectOption({ label: p.group });
    await page.getByLabel('How they can help me').fill(`Advice from ${p.name}`);
    if (p.next) await page.getByLabel('Next follow-up').fill(p.next);
    await page.getByRole('button', { name: 'Add to my network' }).click();
    // Back on the list, the confirmation beside "Add a person".
    await expect(page.locator('p:has(#add-person) + [role=status]')).toHaveText(
      `Added ${p.name} to your network.`,
    );
  }
  await page.reload();

  const table = page.getByRole('table', { name: 'People in my network, by place' });
  await expect(table.getByRole('row', { name: /Mentors/ })).toContainText('Dr. Rosa Diaz');
  await expect(table.getByRole('row', { name: /Near-peers/ })).toContainText('Kim Park');
  await expect(table.getByRole('row', { name: /^Peers/ })).toContainText('Lee Chen');
  await expect(table.getByRole('row', { name: /Sponsors/ })).toContainText('Nobody yet');

  const diagram = page.getByRole('img', {
    name: /^Your network at a glance: Mentors 1, Sponsors 0, Peers 1, Near-peers 1/,
  });
  await expect(diagram).toBeVisible();
  // Each place with how many people fill it, one dot per person, in the diagram's order.
  await expect(diagram.locator('text.c-count')).toHaveText(
    ['1 person', 'nobody yet', '1 person', '1 person', 'nobody yet', 'nobody yet'],
    { useInnerText: false },
  );
  for (const [group, dots] of [
    ['mentor', 1],
    ['sponsor', 0],
    ['peer', 1],
    ['near-peer', 1],
  ] as const) {
    await expect(diagram.locator(`.c-group--${group} .c-person`)).toHaveCount(dots);
  }

  const followUps = page.getByRole('region', { name: 'Follow-ups' });
  await expect(followUps).toContainText('1 overdue.');
  await expect(followUps).toContainText('1 due this week.');
  await expect(followUps.getByRole('listitem').filter({ hasText: 'Kim Park' })).toContainText(
    'Overdue',
  );
  await expect(followUps.getByRole('listitem').filter({ hasText: 'Dr. Rosa Diaz' })).toContainText(
    'Due',
  );

  // A sponsor is missing: the prompt says so.
  await expect(page.getByRole('region', { name: 'Who is missing?' })).toContainText(
    'No sponsor yet.',
  );
  // Free text is text, never HTML.
  await expect(page.getByText(`Senior resident ${xss}`, { exact: false })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);

  // Follow-ups go to the calendar as all-day events.
  const download = page.waitForEvent('download');
  await followUps.getByRole('button', { name: 'Add follow-ups to calendar' }).click();
  const ics = readFileSync(await (await download).path(), 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('SUMMARY:Follow up with Kim Park');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${fromToday(2).replace(/-/g, '')}`);

  // Marking a follow-up done clears it and records today's contact.
  await followUps.getByRole('button', { name: /^Done.*Kim Park/ }).click();
  await expect(followUps).not.toContainText('overdue');

  await expectAccessible(page);
});

test('the network is part of the backup and can be shared when ticked', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('network/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ama Owusu');
  await page.getByLabel('Place in my network').selectOption({ label: 'Sponsor' });
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await page.goto('my-data/');
  await expect(page.getByRole('main')).toContainText('My network');
  await expect(page.getByRole('main')).toContainText('1 person');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all my data' }).click();
  const backup: unknown = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(JSON.stringify(backup)).toContain('Ama Owusu');
  // Sending to a mentor is the meeting brief's: the network goes only when ticked.
  await page.goto('plan/brief/');
  await page.getByRole('button', { name: 'Send to my mentor' }).click();
  const box = page.getByRole('checkbox', { name: /My network/ });
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  const link = await page.getByLabel('Link for your mentor').inputValue();
  await page.goto(link);
  await expect(page.getByRole('article', { name: 'Shared summary' })).toContainText('Ama Owusu');
});

test('removing a person happens at once, without a dialog, and can be undone', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('network/');
  for (const name of ['Ama Owusu', 'Lee Chen']) {
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add to my network' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Added ${name} to your network.` }),
    ).toBeVisible();
  }
  const people = page.getByRole('region', { name: /^People \(/ });
  const remove = people.getByRole('button', { name: 'Remove Ama Owusu' });
  // Quiet until chosen: not the solid (danger or main) style.
  await expect(remove).toHaveClass(/button--quiet/);
  await expect(remove).not.toHaveClass(/button--danger/);
  await remove.click();
  await expect(people).not.toContainText('Ama Owusu');
  await expect(people.getByRole('heading', { level: 2 })).toHaveText('People (1)');
  const offer = page
    .getByRole('status')
    .filter({ hasText: 'Removed Ama Owusu from your network.' });
  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect(people).toContainText('Ama Owusu');
  await expect(
    page.getByRole('status').filter({ hasText: 'Ama Owusu is back in your network.' }),
  ).toBeVisible();
  await page.reload();
  await expect(people).toContainText('Ama Owusu');
  await expect(people).toContainText('Lee Chen');

  // Without undo, the removal stays.
  await people.getByRole('button', { name: 'Remove Lee Chen' }).click();
  await expect(people).not.toContainText('Lee Chen');
  await page.reload();
  await expect(people.getByRole('heading', { level: 2 })).toHaveText('People (1)');
  await expect(people).not.toContainText('Lee Chen');
  expect(dialogs).toBe(0);
});
