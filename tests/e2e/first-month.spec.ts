/**
 * A student's first month, on a 375 px phone, as one journey: a first visit; the needs
 * self-assessment with a mixed answer pattern, each area in the band of its own average; a goal
 * made from a need; a mentor found in the directory and added to the network; a brief prepared
 * and sent through the share menu; the link opened in a fresh browser as the mentor; and a
 * return a week later (the clock moved) to a home page with the goal due and a backup reminder.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const questions = ['How did you choose your specialty?', 'Could we meet every two weeks?'];

/** The band each average on the 1 to 5 scale is in (the needs instrument's own cuts). */
const bandOf = (mean: number) =>
  mean >= 3.5 ? 'A strong need' : mean >= 2.5 ? 'Some need' : 'Met for now';

/** Opens the results table (folded under the chart) and reads it as { area: [score, average, band] }. */
async function results(page: Page) {
  await page.getByText('Scores as a table', { exact: true }).click();
  const rows = page.getByRole('table', { name: /^Your scores/ }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return Object.fromEntries(
    await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ]),
    ),
  );
}

test('the first month: need, goal, mentor, brief sent, read by the mentor, and a week later', async ({
  page,
  browser,
}) => {
  test.slow();
  const start = new Date();
  await page.clock.install({ time: start });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    navigator.share = (data?: ShareData) => {
      if (data) shared.push(data);
      return Promise.resolve();
    };
  });

  // A first visit: three ways in, nothing personal.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toHaveCount(0);
  await page.getByRole('link', { name: /See what you need/ }).click();

  // The needs self-assessment, a different answer on each step (0 = strongly disagree).
  await expect(page).toHaveURL(/\/assessments\/mentoring-needs\/$/);
  await page.getByRole('button', { name: 'Start' }).click();
  const choices = [4, 2, 0, 3, 1];
  for (const [step, choice] of choices.entries()) {
    const groups = page.locator('fieldset.item');
    await groups.first().waitFor();
    for (let i = 0; i < (await groups.count()); i++) {
      await groups.nth(i).getByRole('radio').nth(choice).check();
    }
    await page.getByRole('button', { name: step === 4 ? 'See my results' : 'Next' }).click();
  }
  const table = await results(page);
  expect(Object.keys(table)).toHaveLength(5);
  // Every area's band follows from its own average, and the pattern spans all three bands.
  for (const [area, [, mean, band]] of Object.entries(table)) {
    expect([area, band]).toEqual([area, bandOf(Number(mean))]);
  }
  expect(new Set(Object.values(table).map((row) => row[2])).size).toBe(3);
  const strong = page.getByRole('region', { name: 'Your strongest needs' }).getByRole('listitem');
  await expect(strong.first()).toContainText('(a strong need');
  const need = ((await strong.first().locator('strong').textContent()) ?? '').trim();
  expect(table[need]?.[2]).toBe('A strong need');
  await expect(
    page.getByRole('region', { name: 'Needs that are met for now' }).getByRole('link'),
  ).toHaveCount(0);

  // A goal made from that need: the form opens filled; the target set ten days out.
  await page.getByRole('link', { name: `Make this a goal: ${need}` }).click();
  await expect(page.getByRole('heading', { name: `New goal: ${need}` })).toBeVisible();
  await expect(page.getByText(`From your results: ${need} (a strong need).`)).toBeVisible();
  const title = await page.getByLabel('Goal', { exact: true }).inputValue();
  expect(title.length).toBeGreaterThan(5);
  const target = new Date(start.getTime() + 10 * 86_400_000);
  const targetDay = `${target.getFullYear()}-${String(target.getMonth() + 1).padStart(2, '0')}-${String(target.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Target date').fill(targetDay);
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(`works on ${need}`)).toBeVisible();

  // Find a mentor: the home page leads to the directory; a suggestion says why.
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Your mentoring' })).toBeVisible();
  await page
    .getByRole('link', { name: /^Find a mentor/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/mentors\/$/);
  const suggested = page.getByRole('list', { name: 'Suggested mentors' }).getByRole('article');
  await expect(suggested.first()).toContainText(
    /Matches your needs?: .*\((a strong need|some need)\)/,
  );
  const profile = suggested.first().getByRole('heading').getByRole('link');
  const mentorName = ((await profile.textContent()) ?? '').trim();
  await profile.click();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByText('Added to your network.')).toBeVisible();

  // Prepare a brief for this mentor, and send it through the phone's share menu.
  await page.getByRole('link', { name: 'Prepare a brief for this mentor' }).click();
  await expect(page.getByRole('heading', { name: `Brief for ${mentorName}` })).toBeVisible();
  await page.getByLabel('Your first name (optional)').fill('Ana');
  await page.getByLabel('Questions for your mentor (one per line)').fill(questions.join('\n'));
  await page.getByRole('button', { name: 'Send to my mentor' }).click();
  await page.getByRole('button', { name: 'Share the link' }).click();
  await expect(page.getByText('Link sent to your share menu.')).toBeVisible();
  const [sent] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(sent?.url).toMatch(/\/share\/#v1\./);

  // The mentor opens the link on a laptop, in a browser that has nothing of Ana's.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const mentor = await laptop.newPage();
  await mentor.goto(sent?.url ?? '');
  const summary = mentor.getByRole('article', { name: 'Shared summary' });
  await expect(summary).toContainText('Shared by Ana on');
  await expect(summary).toContainText(`Ana's top needs: ${need} (a strong need)`);
  const asked = summary.getByRole('region', { name: 'Questions Ana would like to talk about' });
  for (const question of questions) await expect(asked).toContainText(question);
  await expect(summary.getByRole('heading', { name: "Ana's goals" })).toBeVisible();
  await expect(summary).toContainText(title);
  await laptop.close();

  // A week later, back on the phone: the goal is due soon and a backup is due.
  await page.clock.setSystemTime(new Date(start.getTime() + 7 * 86_400_000));
  await page.goto('./');
  const mine = page.getByRole('region', { name: 'Your mentoring' });
  await expect(mine).toBeVisible();
  await expect(mine.getByRole('listitem').filter({ hasText: /^Due soon:/ })).toContainText(title);
  await expect(mine).toContainText('No backup yet. Time for a new one.');
  await expect(mine.getByText('What do I need from a mentor?')).toBeVisible();
  // Every tool of one's own is one tap away.
  for (const name of ['Self-assessments', 'Goals', 'Backup']) {
    await expect(mine.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await mine.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('button', { name: title })).toBeVisible();
});
