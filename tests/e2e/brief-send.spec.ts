/**
 * Prepare and send: the brief keeps a first name and questions across reloads; "Send to my
 * mentor" copies a link on a computer and hands it to the share menu on a phone; the link,
 * opened in a fresh browser as the mentor, names the mentee, shows their results and
 * questions, when it was made, what was sent, and next steps that lead somewhere.
 */
import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { goal } from './support/data';
import { expect, test } from './support/fixtures';
import { expectNoSideScroll } from './support/keyboard';
import { openWith } from './support/storage';

const questions = ['Which case should I present at rounds?', 'Who else could help with research?'];

/** A completed needs self-assessment, stored as the runner stores it (version 2, in bands). */
const assessments = {
  version: 2,
  drafts: {},
  attempts: [
    {
      id: 'a1',
      instrument: 'mentoring-needs',
      framework: 'none',
      title: 'What do I need from a mentor?',
      audience: 'mentee',
      completedAt: '2026-11-20T12:00:00.000Z',
      answers: {},
      notes: {},
      results: [
        {
          domain: 'guidance',
          name: 'Guidance and support',
          score: 75,
          mean: 4,
          answered: 4,
          band: 'strong-need',
        },
        { domain: 'belonging', name: 'Belonging', score: 10, mean: 1.4, answered: 4, band: 'met' },
      ],
      bands: [
        { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
        { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
        { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
      ],
      close: false,
    },
  ],
};

async function openBrief(page: Page) {
  await openWith(page, 'plan/brief/', {
    'medmentor:assessments': JSON.stringify(assessments),
    'medmentor:plan': JSON.stringify({ version: 1, goals: [goal('g1', 'Present a case')] }),
  });
}

/** Fills in the name and the questions, and checks they survive a reload. */
async function prepare(page: Page) {
  await page.getByLabel('Your first name (optional)').fill('Ana');
  await page.getByLabel('Questions for your mentor (one per line)').fill(questions.join('\n'));
  await page.reload();
  await expect(page.getByLabel('Your first name (optional)')).toHaveValue('Ana');
  await expect(page.getByLabel('Questions for your mentor (one per line)')).toHaveValue(
    questions.join('\n'),
  );
  const sheet = page.getByRole('article', { name: /Meeting brief/ });
  await expect(
    sheet.getByRole('heading', { name: 'Questions Ana would like to talk about' }),
  ).toBeVisible();
  await expect(sheet).toContainText("Ana's top needs: Guidance and support (a strong need)");
}

/** Opens the link as the mentor would: another browser, with nothing stored. */
async function openAsMentor(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(link);
  return { context, page, errors };
}

test('a brief with a name and two questions is sent as a copied link, and the mentor sees it all', async ({
  page,
  context,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBrief(page);
  await prepare(page);
  await expectAccessible(page, 'brief');

  await page.getByRole('button', { name: 'Send to my mentor' }).click();
  const what = page.getByRole('group', { name: 'What to send' });
  await expect(
    what.getByRole('checkbox', { name: 'My questions from the meeting brief' }),
  ).toBeChecked();
  await expect(what.getByRole('checkbox', { name: /Self-assessment results/ })).toBeChecked();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/share\/#v1\./);
  await expect(page.getByLabel('Link for your mentor')).toHaveValue(link);
  await expectAccessible(page, 'brief, link sent');

  const mentor = await openAsMentor(browser, link);
  const view = mentor.page;
  const summary = view.getByRole('article', { name: 'Shared summary' });
  await expect(summary).toContainText('Shared by Ana on');
  // The date in the site's one format (long date and short time, in the site's language).
  const time = summary.locator('time');
  const expected = await time.evaluate((el) =>
    new Intl.DateTimeFormat(document.documentElement.lang, {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(new Date(el.getAttribute('datetime') ?? '')),
  );
  await expect(time).toHaveText(expected);
  await expect(summary).toContainText('What Ana chose to send:');
  await expect(
    summary.getByRole('heading', { name: "Ana's self-assessment results" }),
  ).toBeVisible();
  await expect(summary).toContainText("Ana's top needs: Guidance and support (a strong need)");
  await expect(summary).not.toContainText(/\byour\b/i);
  const asked = summary.getByRole('region', { name: 'Questions Ana would like to talk about' });
  for (const question of questions)
    await expect(asked.getByRole('listitem').filter({ hasText: question })).toHaveCount(1);
  // One heading for the page, none repeated by the summary.
  await expect(view.getByRole('heading', { name: 'Shared summary' })).toHaveCount(1);

  // The file picker waits until asked for.
  await expect(view.getByLabel('Open a summary file')).toBeHidden();
  await view.getByText('Sent a file instead? Open it here').click();
  await expect(view.getByLabel('Open a summary file')).toBeVisible();

  // Next steps for the mentor lead to pages that exist.
  const next = view.getByRole('region', { name: 'Next steps for you as a mentor' });
  await expect(next.getByRole('listitem')).not.toHaveCount(0);
  await expect(
    next.getByRole('heading', { name: 'A suggested agenda for a first meeting' }),
  ).toBeVisible();
  for (const name of ['The guides for mentors', 'The mentor self-assessment']) {
    const href = await next.getByRole('link', { name }).getAttribute('href');
    expect((await view.request.get(new URL(href ?? '', view.url()).href)).status(), name).toBe(200);
  }
  await expectAccessible(view, 'share, as the mentor');
  await view.setViewportSize({ width: 320, height: 640 });
  await expectNoSideScroll(view);
  expect(mentor.errors).toEqual([]);
  await mentor.context.close();
});

test('on a phone, "Send to my mentor" hands the link to the share menu', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    navigator.share = (data?: ShareData) => {
      if (data) shared.push(data);
      return Promise.resolve();
    };
  });
  await openBrief(page);
  await prepare(page);
  await page.getByRole('button', { name: 'Send to my mentor' }).click();
  await page.getByRole('button', { name: 'Share the link' }).click();
  await expect(page.getByText('Link sent to your share menu.')).toBeVisible();
  const [data] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(data).toMatchObject({
    title: 'Meeting brief from Ana',
    url: expect.stringMatching(/\/share\/#v1\./),
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSideScroll(page);

  const mentor = await openAsMentor(browser, data?.url ?? '');
  await expect(mentor.page.getByRole('article', { name: 'Shared summary' })).toContainText(
    'Shared by Ana on',
  );
  await mentor.context.close();
});

test('a brief opened from a mentor profile is for that mentor, shown as text', async ({ page }) => {
  const name = '<b>Dr. Lee</b>';
  await openWith(page, `plan/brief/?mentor=${encodeURIComponent(name)}`, {});
  await expect(page.getByRole('heading', { name: `Brief for ${name}` })).toBeVisible();
  await expect(page.getByRole('article', { name: /Meeting brief/ })).toContainText(`For ${name}.`);
  await expect(page.locator('main b')).toHaveCount(0);
  await page.goto(`plan/brief/?mentor=${'x'.repeat(121)}`);
  await expect(page.getByLabel('Your first name (optional)')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Brief for/ })).toHaveCount(0);
});

test('My data sends to the brief for sharing, and keeps backup, import and delete', async ({
  page,
}) => {
  await page.goto('my-data/');
  const share = page.getByRole('region', { name: 'Share a summary with your mentor' });
  await expect(share).toContainText('To send your goals, results and questions to your mentor');
  await share.getByRole('link', { name: 'use the meeting brief' }).click();
  await expect(page).toHaveURL(/plan\/brief\/$/);
});

test('on a phone, an empty brief has its questions and "Send to my mentor" on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('plan/brief/');
  await expect(page.getByLabel('Questions for your mentor (one per line)')).toBeInViewport({
    ratio: 1,
  });
  const send = page.getByRole('button', { name: 'Send to my mentor' });
  await expect(send).toBeInViewport({ ratio: 1 });
  expect((await send.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  // What to do when there is nothing to bring yet comes after the actions.
  await expect(page.getByText('No goals or self-assessment results to bring yet.')).toBeVisible();
});
