/**
 * The mentors' capstone worksheet, "My mentoring philosophy and plan": reached from the mentors'
 * track page, its sections with their prompts and links to the guides and the self-assessment
 * that help, a print button, and on paper the ruled space to write in without the site's
 * navigation; no wider than a 320 px screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const sections = [
  'What I believe mentoring is for',
  'What I offer, and what I do not',
  'How I will align expectations',
  'How I will give and ask for feedback',
  'My equity and inclusion commitments',
  'How I will handle credit, authorship and confidentiality',
  'How I will know it is working',
  'My support and escalation contacts',
  'My plan for the next 3 and 12 months',
];

async function openFromTrack(page: Page) {
  await page.goto('guides/mentors/');
  await page.getByRole('link', { name: 'My mentoring philosophy and plan' }).click();
  await expect(page).toHaveURL(/\/guides\/mentors\/capstone\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Capstone worksheet My mentoring philosophy and plan',
  );
}

test('the mentors’ track page leads to the worksheet; other tracks do not list it', async ({
  page,
}) => {
  await openFromTrack(page);
  await page.goto('guides/mentees/');
  await expect(page.getByRole('link', { name: 'My mentoring philosophy and plan' })).toHaveCount(0);
});

test('each section has its prompts and the guide or tool that helps', async ({ page }) => {
  await openFromTrack(page);
  for (const name of sections) {
    await expect(page.getByRole('region', { name }), name).toBeVisible();
  }
  // Prompts to answer, as lists, in all but the contacts table and the plan.
  for (const name of sections.slice(0, -2)) {
    const prompts = page.getByRole('region', { name }).getByRole('listitem');
    expect(await prompts.count(), name).toBeGreaterThan(1);
  }
  const plan = page.getByRole('region', { name: 'My plan for the next 3 and 12 months' });
  await expect(plan.getByRole('heading', { name: 'In 3 months' })).toBeVisible();
  await expect(plan.getByRole('heading', { name: 'In 12 months' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What I offer, and what I do not' })).toContainText(
    'I am not my mentee’s clinician, therapist or assessor',
  );
  const links: [string | RegExp, RegExp][] = [
    [
      'Write a mentoring agreement',
      /\/guides\/mentees\/making-it-work\/#write-a-mentoring-agreement$/,
    ],
    [/^Ethics in mentoring/, /\/guides\/mentors\/ethics-in-mentoring\/$/],
    ['Mentor self-assessment', /\/assessments\/mentor-self-assessment\/$/],
  ];
  for (const [name, href] of links) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  // The contacts are left blank for the school's own names.
  const contacts = page.getByRole('table', { name: 'Support and escalation contacts to fill in' });
  expect(await contacts.getByRole('row').count()).toBeGreaterThan(4);
  expect((await contacts.locator('td').allInnerTexts()).every((t) => t.trim() === '')).toBe(true);

  // The agreement link lands on that section of the mentees' guide.
  await page.getByRole('link', { name: 'Write a mentoring agreement', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Write a mentoring agreement' })).toBeInViewport();
});

test('printed, the worksheet has ruled space to write in and none of the site’s chrome', async ({
  page,
}) => {
  await openFromTrack(page);
  const lines = page.locator('.write-in .line');
  // On screen the page is prompts only; the lines are for paper.
  await expect(lines.first()).toBeHidden();

  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print this worksheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this worksheet' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every section with a write-in area shows its ruled lines, each line a real height.
  const areas = page.locator('.write-in');
  expect(await areas.count()).toBeGreaterThanOrEqual(sections.length - 1);
  for (const area of await areas.all()) await expect(area).toBeVisible();
  const heights = await lines.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  expect(heights.length).toBeGreaterThan(30);
  for (const h of heights) expect(h).toBeGreaterThan(20);
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('nothing on the worksheet is wider than a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('guides/mentors/capstone/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
