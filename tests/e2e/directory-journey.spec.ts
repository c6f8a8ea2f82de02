/**
 * The directory leads somewhere: a profile adds the mentor to My network (once) and opens a brief
 * for them; cards and the top of a profile show languages and affinity groups; each suggestion
 * says which of the person's needs (with its band) and interests it matches.
 */
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { openWith } from './support/storage';

/** Horizontal overflow of the page, in pixels (0 when nothing is wider than the screen). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a profile adds the mentor to My network once, and the contact is there', async ({ page }) => {
  await page.goto('mentors/amara-okafor/');
  const add = page.getByRole('button', { name: 'Add to my network' });
  await add.click();
  const status = page.locator('.mentor-network').getByRole('status');
  await expect(status).toHaveText('Added to your network. Open My network');
  await expectAccessible(page, 'profile after adding to the network');

  await add.click();
  await expect(status).toHaveText('Amara Okafor is already in your network. Open My network');

  await status.getByRole('link', { name: 'Open My network' }).click();
  await expect(page).toHaveURL(/\/network\/$/);
  const table = page.getByRole('table', { name: 'People in my network, by place' });
  await expect(table.getByRole('row', { name: /Mentors/ })).toContainText('Amara Okafor');
  const stored = await page.evaluate(() => localStorage.getItem('medmentor:network') ?? '');
  const { contacts } = JSON.parse(stored) as { contacts: Record<string, unknown>[] };
  expect(contacts).toEqual([
    expect.objectContaining({
      name: 'Amara Okafor',
      group: 'mentor',
      howWeKnow: 'From the mentor directory',
      notes: 'From the mentor directory. Email: amara.okafor@example.org',
    }),
  ]);
});

test('the brief link carries the mentor’s name; without JavaScript there is no dead button', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('mentors/tomas-reyes/');
  const brief = page.getByRole('link', { name: 'Prepare a brief for this mentor' });
  await expect(brief).toHaveAttribute('href', /\/plan\/brief\/\?mentor=Tom%C3%A1s%20Reyes$/);
  const href = new URL((await brief.getAttribute('href')) ?? '', page.url());
  expect(href.searchParams.get('mentor')).toBe('Tomás Reyes');

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const still = await context.newPage();
  await still.goto('mentors/tomas-reyes/');
  await expect(still.getByRole('link', { name: 'Prepare a brief for this mentor' })).toBeVisible();
  // The network button comes with its island: no button in the page's content before it runs.
  await expect(still.getByRole('main').getByRole('button')).toHaveCount(0);
  await context.close();
});

test('cards and the top of a profile show languages and affinity groups', async ({ page }) => {
  await page.goto('mentors/');
  const card = page
    .getByRole('list', { name: 'All mentors' })
    .getByRole('article', { name: 'Tomás Reyes' });
  await expect(card).toContainText('Languages: English, Spanish');
  await expect(card).toContainText('Affinity groups: Latino in medicine, Child of immigrants');

  await card.getByRole('link', { name: 'Tomás Reyes' }).click();
  const top = page.locator('.mentor-tags');
  // Above "Get in touch", not only in the facts at the bottom.
  await expect(top).toContainText(/Languages\s*English\s*Spanish/);
  await expect(top).toContainText(/Affinity groups\s*Latino in medicine\s*Child of immigrants/);
  const topY = (await top.boundingBox())?.y ?? Infinity;
  const touchY =
    (await page.getByRole('heading', { name: 'Get in touch' }).boundingBox())?.y ?? -Infinity;
  expect(topY).toBeLessThan(touchY);
});

/** A completed needs self-assessment as stored (version 2): each area's score and band. */
function needsAttempt(results: [domain: string, name: string, score: number, band: string][]) {
  return {
    version: 2,
    drafts: {},
    attempts: [
      {
        id: 'mentoring-needs-1',
        instrument: 'mentoring-needs',
        framework: 'none',
        title: 'What do I need from a mentor?',
        audience: 'mentee',
        completedAt: '2026-11-20T10:00:00.000Z',
        answers: {},
        notes: {},
        results: results.map(([domain, name, score, band]) => ({
          domain,
          name,
          score,
          mean: 1 + (score / 100) * 4,
          answered: 4,
          band,
        })),
        bands: [
          {
            id: 'strong-need',
            label: 'A strong need',
            heading: 'Your strongest needs',
            focus: true,
          },
          { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
          { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
        ],
        close: false,
      },
    ],
  };
}

test('a suggestion names the need it matches with its band, and the interest', async ({ page }) => {
  await openWith(page, 'mentors/', {
    'medmentor:assessments': JSON.stringify(
      needsAttempt([
        ['guidance', 'Guidance and support', 12, 'met'],
        ['knowledge', 'Knowledge and experience', 20, 'met'],
        ['belonging', 'Belonging and community', 6, 'met'],
        ['direction', 'Purpose and direction', 25, 'met'],
        ['networking', 'Networking', 88, 'strong-need'],
      ]),
    ),
  });
  const suggestions = page.getByRole('region', { name: 'Suggested for you' });
  await expect(suggestions).toContainText('Your needs: Networking (a strong need).');
  const list = suggestions.getByRole('list', { name: 'Suggested mentors' });
  await expect(list.getByRole('listitem').first()).toContainText(
    'Matches your need: Networking (a strong need).',
  );
  // Needs met for now are never used as needs.
  await expect(suggestions).not.toContainText('Guidance and support');

  await page.getByLabel('My interests (separate with commas)').fill('research');
  await page.getByRole('button', { name: 'Update suggestions' }).click();
  // Samir Haddad helps with networking and research, and lists research.
  await expect(list.getByRole('listitem').first()).toContainText('Samir Haddad');
  await expect(list.getByRole('listitem').first()).toContainText(
    'Matches your need: Networking (a strong need); your interest: research.',
  );
  await expect(list.getByRole('listitem').first()).toContainText('Languages: English, Arabic');
  await expectAccessible(page, 'directory with suggestions');
});

test('every need met for now: the directory says so and suggests from interests only', async ({
  page,
}) => {
  await openWith(page, 'mentors/', {
    'medmentor:assessments': JSON.stringify(
      needsAttempt([['networking', 'Networking', 10, 'met']]),
    ),
  });
  const suggestions = page.getByRole('region', { name: 'Suggested for you' });
  await expect(suggestions).toContainText('say your needs are met for now');
  await expect(suggestions.getByRole('list', { name: 'Suggested mentors' })).toHaveCount(0);
});

test('nothing is wider than the screen at 320 px: directory, suggestions and a profile', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWith(page, 'mentors/', {
    'medmentor:assessments': JSON.stringify(
      needsAttempt([['networking', 'Networking', 88, 'strong-need']]),
    ),
  });
  await expect(page.getByRole('list', { name: 'Suggested mentors' })).toBeVisible();
  expect(await overflow(page), 'horizontal overflow on mentors/').toBeLessThanOrEqual(0);
  await page.goto('mentors/leila-farahani/');
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.locator('.mentor-network').getByRole('status')).toContainText(
    'Added to your network.',
  );
  expect(await overflow(page), 'horizontal overflow on a profile').toBeLessThanOrEqual(0);
});
