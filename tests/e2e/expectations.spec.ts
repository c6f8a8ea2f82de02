/**
 * "Our expectations" (issue 20): a mentee and a mentor answer on their own devices (two browser
 * contexts), one sends a file or a link, the other sees both side by side. Nothing of theirs is
 * saved unless the person chooses "Use their answer", and a changed link changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('medmentor:expectations'));

/** Answers on the expectations screen of the agreement page. */
async function answer(page: Page, role: 'mentee' | 'mentor', answers: Record<string, string[]>) {
  await page.goto('plan/agreement/');
  await page.getByRole('button', { name: 'Answer and compare expectations' }).click();
  await expect(page.getByRole('heading', { name: 'Our expectations', level: 2 })).toBeFocused();
  await page.getByRole('group', { name: 'Your role' }).getByLabel(`I am the ${role}`).check();
  for (const [topic, choices] of Object.entries(answers)) {
    const group = page.getByRole('group', { name: new RegExp(`^${topic}:`) });
    for (const choice of choices) await group.getByLabel(choice, { exact: true }).check();
  }
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
}

const mentee = {
  'How often we meet': ['Every two weeks'],
  'Replies between meetings': ['Within two days'],
  'What we work on': [
    'Guidance: advice on decisions and problems',
    'Belonging: feeling part of medicine',
  ],
  'How we give feedback': ['Both'],
};
const mentor = {
  'How often we meet': ['Once a month'],
  'Replies between meetings': ['Within two days'],
  'What we work on': [
    'Guidance: advice on decisions and problems',
    'Networking: introductions and contacts',
  ],
  'How we give feedback': ['Both'],
};

test('a mentee sends a file; the mentor sees agreements and differences side by side, with starters', async ({
  page,
  browser,
}) => {
  await answer(page, 'mentee', mentee);
  const goals = page.getByRole('group', { name: /^What we work on:/ });
  await goals.getByLabel('Note on “What we work on” (optional)').fill('Thinking of changing track');
  await goals.getByLabel('Note on “What we work on” (optional)').blur();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my expectations' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('medmentor-expectations-mentee.json');
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({ format: 'medmentor-expectations', version: 1, role: 'mentee' });
  // No name unless typed in, and the note on goals stays on the device.
  expect(file).not.toHaveProperty('firstName');
  expect(JSON.stringify(file)).not.toContain('Thinking of changing track');

  // The mentor, on their own device.
  const context = await browser.newContext();
  const other = await context.newPage();
  await answer(other, 'mentor', mentor);
  const before = await stored(other);
  await other.getByLabel('Open their expectations file').setInputFiles(path);

  const compare = other.getByRole('article', { name: /Side by side: you and your mentee/ });
  await expect(compare).toContainText('You agree on 2 of 8 topics and differ on 2.');
  const often = compare.getByRole('region', { name: 'How often we meet' });
  await expect(often).toContainText('Differ');
  await expect(often.getByRole('definition')).toHaveText(['Once a month', 'Every two weeks']);
  await expect(often).toContainText(
    'You expect to meet once a month; they expect to meet every two weeks.',
  );
  await expect(often.getByRole('listitem')).toHaveCount(3);
  const replies = compare.getByRole('region', { name: 'Replies between meetings' });
  await expect(replies).toContainText('Agree');
  await expect(replies.getByRole('listitem')).toHaveCount(0);
  const work = compare.getByRole('region', { name: 'What we work on' });
  await expect(work).toContainText(
    'You both chose guidance; only you chose networking; only they chose belonging.',
  );
  await expect(work).toContainText(
    'What would progress in belonging look like by our next review?',
  );
  await expect(compare.getByRole('region', { name: 'How we meet' })).toContainText(
    'Neither answered',
  );
  // Opening theirs saved nothing.
  expect(await stored(other)).toBe(before);
  await expectAccessible(other, 'expectations side by side');

  // Prints the comparison alone.
  await other.emulateMedia({ media: 'print' });
  await expect(compare).toBeVisible();
  await expect(other.getByRole('heading', { name: 'Your answers' })).toBeHidden();
  await expect(compare.getByRole('button', { name: /Use their answer/ }).first()).toBeHidden();
  await other.emulateMedia({ media: 'screen' });

  // Taking their answer for one topic, then undoing it.
  await often
    .getByRole('button', { name: 'Use their answer for this topic: How often we meet' })
    .click();
  await expect(often).toContainText('Agree');
  await expect(
    other.getByRole('group', { name: /^How often we meet:/ }).getByLabel('Every two weeks'),
  ).toBeChecked();
  const taken = JSON.parse((await stored(other)) ?? '{}') as {
    answers: Record<string, { choices: string[] }>;
  };
  expect(taken.answers.frequency?.choices).toEqual(['every-two-weeks']);
  await other.getByRole('button', { name: 'Undo' }).click();
  await expect(other.getByText('Your own answer for “How often we meet” is back.')).toBeVisible();
  await expect(often).toContainText('Differ');
  const answers = (text: string | null) =>
    (JSON.parse(text ?? '{}') as { answers: unknown }).answers;
  expect(answers(await stored(other))).toEqual(answers(before));

  // At 320 px the two answers stack; nothing scrolls sideways.
  await other.setViewportSize({ width: 320, height: 700 });
  expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});

test('a link opens side by side; a changed link is refused and changes nothing', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await answer(page, 'mentor', mentor);
  await page.getByLabel('Your first name (optional)').fill('Rivera');
  await page.getByLabel('Your first name (optional)').blur();
  await page.getByRole('button', { name: 'Copy a link to my expectations' }).click();
  const link = await page.getByLabel('Link to your expectations').inputValue();
  expect(link).toMatch(/\/plan\/agreement\/#expectations=v1\.[\w-]+$/);

  const other = await (await browser.newContext()).newPage();
  await answer(other, 'mentee', mentee);
  const before = await stored(other);

  const cut = link.length - 12;
  const tampered = link.slice(0, cut) + (link[cut] === 'A' ? 'B' : 'A') + link.slice(cut + 1);
  // Opened as a new page, as a link from a message would be.
  await other.goto('about/');
  await other.goto(tampered);
  await expect(
    other.getByRole('alert').filter({ hasText: 'This link is incomplete or has been changed' }),
  ).toBeVisible();
  await expect(other.getByRole('article', { name: /Side by side/ })).toHaveCount(0);
  expect(await stored(other)).toBe(before);
  await expect(
    other.getByRole('group', { name: /^How often we meet:/ }).getByLabel('Every two weeks'),
  ).toBeChecked();

  await other.goto('about/');
  await other.goto(link);
  const compare = other.getByRole('article', {
    name: /Side by side: you and your mentor \(Rivera\)/,
  });
  await expect(compare.getByRole('region', { name: 'How often we meet' })).toContainText(
    'You expect to meet every two weeks; they expect to meet once a month.',
  );
  // Theirs is not kept in the address bar, and not stored.
  expect(new URL(other.url()).hash).toBe('');
  expect(await stored(other)).toBe(before);
  await other.context().close();
});
