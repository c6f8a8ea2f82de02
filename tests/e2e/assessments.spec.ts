/**
 * The self-assessments on a phone (375 x 667), by keyboard alone: exact scores for fixed
 * answers, resuming after a reload, a second attempt compared with the first, and axe on every
 * step and on the results.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { completeNeeds } from './support/needs';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

/** Tabs forward until `name` has focus (keyboard only; fails after 8 presses). */
async function tabTo(page: Page, name: string | RegExp) {
  const target = page.getByRole('button', { name });
  await expect(target).toBeEnabled();
  for (let i = 0; i < 8; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Answers the current step by keyboard: Tab into each radio group, then Space for the first
 * choice or ArrowDown to move to choice `pick` (0-based; the last is "not sure").
 */
async function answerStep(page: Page, picks: number[]) {
  const groups = page.locator('fieldset.item');
  await expect(groups.first()).toBeVisible();
  expect(await groups.count()).toBeGreaterThanOrEqual(picks.length);
  for (const [i, pick] of picks.entries()) {
    await page.keyboard.press('Tab');
    const radios = groups.nth(i).getByRole('radio');
    await expect(radios.first()).toBeFocused();
    if (pick === 0) await page.keyboard.press('Space');
    for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(pick)).toBeChecked();
  }
}

async function complete(
  page: Page,
  steps: number[][],
  { checkA11y = false, started = false } = {},
) {
  // axe on every step takes 30 to 45 s alone, and can pass the default minute on a busy machine.
  if (checkA11y) test.slow();
  const answerAll = async (picks: number[]) => {
    await expect(page.locator('fieldset.item')).toHaveCount(picks.length);
    await answerStep(page, picks);
  };
  // `started`: "Take it again" on the results opened the first step in that one tap.
  if (!started) {
    await tabTo(page, /^(Start|Take it again)$/);
    await page.keyboard.press('Enter');
  }
  for (const [s, picks] of steps.entries()) {
    await expect(page.getByText(`Step ${s + 1} of ${steps.length}`)).toBeVisible();
    await expect(page.locator('.step-title')).toBeFocused();
    await answerAll(picks);
    if (checkA11y) await expectAccessible(page, `step ${s + 1}`);
    await tabTo(page, s === steps.length - 1 ? 'See my results' : 'Next');
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/results\/$/);
}

/** Opens the scores table (folded under the chart) and reads it as { area: [score, average, change?] }. */
async function scoreTable(page: Page) {
  await page.getByText('Scores as a table', { exact: true }).click();
  const rows = page.getByRole('table', { name: /^Your scores/ }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return Object.fromEntries(
    await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ]),
    ),
  );
}

const needsFirst = [
  [4, 4, 4, 0, 4], // guidance: 5, 5, 5, reverse of 1 = 5, 5 -> mean 5, score 100
  [3, 3, 2, 1], // knowledge: 4, 4, 3, reverse of 2 = 4 -> 3.75, 69
  [2, 2, 2, 2], // belonging: 3, 3, 3, reverse of 3 = 3 -> 3, 50
  [1, 1, 5, 3], // direction: 2, 2, not sure, reverse of 4 = 2 -> 2, 25
  [0, 0, 0, 4], // networking: 1, 1, 1, reverse of 5 = 1 -> 1, 0
];

test('"What do I need from a mentor?": exact results, then a second attempt compared', async ({
  page,
}) => {
  await page.goto('assessments/');
  await page.getByRole('link', { name: 'What do I need from a mentor?' }).click();
  await expectAccessible(page, 'intro');
  await complete(page, needsFirst, { checkA11y: true });

  await expect(page.getByRole('heading', { name: 'Your strongest needs' })).toBeVisible();
  expect(await scoreTable(page)).toEqual({
    'Guidance and support': ['100', '5', 'A strong need'],
    'Knowledge and experience': ['69', '3.75', 'A strong need'],
    'Belonging and community': ['50', '3', 'Some need'],
    'Purpose and direction': ['25', '2', 'Met for now'],
    Networking: ['0', '1', 'Met for now'],
  });
  // Each area in the band of its own average (3.5 and up, 2.5 and up, below), never by rank.
  const band = (name: string) => page.getByRole('region', { name }).getByRole('listitem');
  await expect(band('Your strongest needs')).toHaveText([
    /^Guidance and support \(a strong need, 100 of 100\)\. You would like a steady sounding board/,
    /^Knowledge and experience \(a strong need, 69 of 100\)/,
  ]);
  await expect(band('Some need')).toHaveText([/^Belonging and community \(some need, 50 of 100\)/]);
  await expect(band('Needs that are met for now')).toHaveText([
    /^Purpose and direction \(met for now, 25 of 100\)/,
    /^Networking \(met for now, 0 of 100\)/,
  ]);
  // "Make this a goal" only where there is a need.
  await expect(page.getByRole('link', { name: /^Make this a goal/ })).toHaveCount(3);
  // Agreeing that training leaves you worn out and that you have no one to turn to points to
  // support: the instrument's note, then the school's own support text.
  const support = page.getByRole('note').filter({ hasText: 'Support is available' });
  await expect(support).toContainText(
    'If you are feeling isolated or worn out, you do not have to wait for a mentor',
  );
  await expect(support).toContainText('If you are struggling, you do not have to manage it alone.');
  await expect(page.getByText('1 "not sure" answer is left out of the scores.')).toBeVisible();
  // Next steps follow the top needs: kinds of mentoring and guides.
  const next = page.getByRole('region', { name: 'What to do next' });
  await expect(next).toContainText('One-to-one mentoring');
  await expect(next.getByRole('link', { name: /Guidance and support/ })).toBeVisible();
  await expectAccessible(page, 'results');

  // A second attempt, in one tap: everything "Neither agree nor disagree".
  await page.getByRole('link', { name: 'Take it again' }).click();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await expect(page.locator('fieldset.item').first().getByRole('radio').first()).not.toBeChecked();
  await complete(
    page,
    needsFirst.map((s) => s.map(() => 2)),
    { started: true },
  );
  expect(await scoreTable(page)).toEqual({
    'Guidance and support': ['50', '3', 'Some need', 'down 50'],
    'Knowledge and experience': ['50', '3', 'Some need', 'down 19'],
    'Belonging and community': ['50', '3', 'Some need', 'no change'],
    'Purpose and direction': ['50', '3', 'Some need', 'up 25'],
    Networking: ['50', '3', 'Some need', 'up 50'],
  });
  // Flat answers: one band, said plainly; no top or bottom is invented.
  await expect(page.getByText('Every area you answered is in one band: some need.')).toBeVisible();
  await expect(page.getByText(/too small to mean much/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your strongest needs' })).toHaveCount(0);
  await expect(page.getByRole('note').filter({ hasText: 'Support is available' })).toHaveCount(0);
  await page.getByText('Your trend: scores in each attempt').click();
  const trend = page.getByRole('table', { name: /in each attempt/ });
  await expect(trend.getByRole('row', { name: /Networking/ })).toContainText(/0\s*50/);
  await expectAccessible(page, 'second results');
});

test('a reload midway resumes at the same step with the same answers', async ({ page }) => {
  await page.goto('assessments/mentoring-needs/');
  await tabTo(page, 'Start');
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-title')).toBeFocused();
  await answerStep(page, needsFirst[0]!);
  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await expect(page.locator('.step-title')).toBeFocused();
  await answerStep(page, [3, 3]);
  await page.reload();
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Knowledge and experience' })).toBeVisible();
  const groups = page.locator('fieldset.item');
  await expect(groups.nth(0).getByRole('radio').nth(3)).toBeChecked();
  await expect(groups.nth(1).getByRole('radio').nth(3)).toBeChecked();
  await expect(groups.nth(2).getByRole('radio').nth(0)).not.toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('fieldset.item').nth(3).getByRole('radio').nth(0)).toBeChecked();
  // Start over clears the draft at once, with undo (the one delete pattern).
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('belonging in the highest-need band points to support; belonging with some need does not', async ({
  page,
}) => {
  // Every statement "Neither agree nor disagree" except belonging: "I would like to meet people
  // who share my background" and "a group where I can be honest" strongly agreed, "I feel that
  // I belong" disagreed (not strongly): 3, 5, 5, reverse of 2 = 4 -> 4.25, a strong need. No
  // single statement is at a concern answer, so only the band brings the note.
  const middle = [
    [2, 2, 2, 2, 2],
    [2, 2, 2, 2],
    [2, 4, 4, 1],
    [2, 2, 2, 2],
    [2, 2, 2, 2],
  ];
  await page.goto('assessments/mentoring-needs/');
  await complete(page, middle);
  await expect(
    page.getByRole('region', { name: 'Your strongest needs' }).getByRole('listitem'),
  ).toHaveText([/^Belonging and community \(a strong need/]);
  const support = page.getByRole('note').filter({ hasText: 'Support is available' });
  await expect(support).toContainText(
    'If you are feeling isolated or worn out, you do not have to wait for a mentor',
  );
  await expect(support).toContainText('If you are struggling, you do not have to manage it alone.');
  await expect(support.getByText(/depress|anxiety|burnout|diagnos/i)).toHaveCount(0);

  // Belonging with some need only (3, 4, 3, reverse of 3 = 3 -> 3.25): no note.
  await page.getByRole('link', { name: 'Take it again' }).click();
  await complete(page, [middle[0]!, middle[1]!, [2, 3, 2, 2], middle[3]!, middle[4]!], {
    started: true,
  });
  await expect(page.getByRole('region', { name: 'Some need' })).toContainText(
    'Belonging and community (some need',
  );
  await expect(page.getByRole('region', { name: 'Your strongest needs' })).toHaveCount(0);
  await expect(page.getByRole('note').filter({ hasText: 'Support is available' })).toHaveCount(0);
});

test('"Mentor self-assessment" by keyboard: bands, mentor wording, a goal for your mentoring', async ({
  page,
}) => {
  await page.goto('assessments/mentor-self-assessment/');
  // Choice index per area; each area has one reverse item: mean = (3v + 6 - v) / 4.
  const picks = [0, 1, 2, 3, 4, 0].map((i) => [i, i, i, i]);
  await complete(page, picks, { checkA11y: true });
  expect(await scoreTable(page)).toEqual({
    'Maintaining effective communication': ['25', '2', 'A growth area'],
    'Aligning expectations': ['38', '2.5', 'Developing'],
    'Assessing understanding': ['50', '3', 'Developing'],
    'Addressing equity and inclusion': ['63', '3.5', 'A strength'],
    'Fostering independence': ['75', '4', 'A strength'],
    'Promoting professional development': ['25', '2', 'A growth area'],
  });
  const band = (name: string) => page.getByRole('region', { name }).getByRole('listitem');
  await expect(band('Your strengths as a mentor')).toHaveText([
    /^Fostering independence/,
    /^Addressing equity and inclusion/,
  ]);
  await expect(band('Still developing')).toHaveText([
    /^Assessing understanding/,
    /^Aligning expectations/,
  ]);
  await expect(band('Where to grow as a mentor')).toHaveText([
    /^Maintaining effective communication/,
    /^Promoting professional development/,
  ]);
  // Spoken to as a mentor, and led into the mentor track.
  await expect(page.getByText('To think about before you next meet a mentee')).toBeVisible();
  await expect(page.getByText('before you meet your mentor')).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Continue with the guides for mentors' }),
  ).toHaveAttribute('href', /\/guides\/mentors\/$/);
  await expectAccessible(page, 'mentor results');
  await page
    .getByRole('link', { name: 'Make this a goal: Maintaining effective communication' })
    .click();
  await expect(
    page.getByRole('heading', {
      name: 'New goal for your mentoring: Maintaining effective communication',
    }),
  ).toBeVisible();
  await expect(
    page.getByText('From your results: Maintaining effective communication (a growth area).'),
  ).toBeVisible();
  await expect(page.getByLabel('Goal', { exact: true })).not.toHaveValue('');
});

test('"Clinical and professional strengths" (AAMC domains) by keyboard', async ({ page }) => {
  await page.goto('assessments/clinical-strengths/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Clinical and professional strengths',
  );
  const steps = Array.from({ length: 8 }, () => [4, 4, 4, 4, 4]);
  await complete(page, steps, { checkA11y: true });
  const table = await scoreTable(page);
  // Every domain of the pack, in its order (tests/content checks the names against the AAMC's).
  const pack = parse(
    readFileSync('src/content/assessments/clinical-strengths-aamc.yaml', 'utf8'),
  ) as { domains: { name: string }[] };
  expect(pack.domains).toHaveLength(8);
  expect(Object.keys(table)).toEqual(pack.domains.map((d) => d.name));
  // "Strongly agree" everywhere: areas with a reverse item score 80, the others 100.
  expect(table['Patient Care']).toEqual(['80', '4.2', 'A strength']);
  expect(table['Knowledge for Practice']).toEqual(['100', '5', 'A strength']);
  // All eight are strengths: 80 of 100 is not a growth area just because others scored 100.
  await expect(
    page.getByRole('region', { name: 'Your strengths' }).getByRole('listitem'),
  ).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'Your growth areas' })).toHaveCount(0);
  await expect(page.getByText('Every area you answered is in one band: a strength.')).toBeVisible();
  await expectAccessible(page, 'clinical results');
});

test('results can be printed on one page', async ({ page }) => {
  await page.goto('assessments/mentoring-needs/');
  await complete(page, needsFirst);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test('results are part of a backup and can be shared with a mentor', async ({ page }) => {
  await page.goto('assessments/mentoring-needs/');
  await complete(page, needsFirst);
  await page.goto('my-data/');
  await expect(page.getByRole('row', { name: /Self-assessments/ })).toContainText(
    '1 completed self-assessment',
  );
  // Sharing lives in the meeting brief.
  await page.goto('plan/brief/');
  const share = page.getByRole('region', { name: 'Send or print' });
  await share.getByRole('button', { name: 'Send to my mentor' }).click();
  await expect(share.getByRole('checkbox', { name: /Self-assessment results/ })).toBeChecked();
  await expect(
    share.getByRole('checkbox', { name: /My notes from self-assessments/ }),
  ).not.toBeChecked();
  await share.getByRole('button', { name: 'Copy the link' }).click();
  const link = await share.getByLabel('Link for your mentor').inputValue();
  await page.goto(link);
  await expect(page.getByRole('table', { name: /What do I need from a mentor/ })).toContainText(
    'Guidance and support',
  );
  await expect(page.getByRole('article', { name: 'Shared summary' })).toContainText(
    'Top needs: Guidance and support',
  );
});

test('text typed into notes is shown as text everywhere, never run', async ({ page }) => {
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(2)</script>',
    'javascript:alert(3)',
  ];
  await page.goto('assessments/mentoring-needs/');
  await completeNeeds(
    page,
    (step) => step % 5,
    (step) => page.getByLabel(/^Notes on/).fill(payloads[step % 3]!),
  );
  await expect(page).toHaveURL(/results/);
  const notes = page.getByRole('region', { name: 'What to do next' });
  for (const payload of payloads)
    await expect(notes.getByText(payload, { exact: false }).first()).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);

  await page.goto('plan/brief/');
  const share = page.getByRole('region', { name: 'Send or print' });
  await share.getByRole('button', { name: 'Send to my mentor' }).click();
  await share.getByRole('checkbox', { name: /My notes from self-assessments/ }).check();
  await share.getByRole('button', { name: 'Copy the link' }).click();
  await page.goto(await share.getByLabel('Link for your mentor').inputValue());
  const shared = page.getByRole('article', { name: 'Shared summary' });
  for (const payload of payloads)
    await expect(shared.getByText(payload, { exact: false }).first()).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});
