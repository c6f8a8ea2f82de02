/**
 * "Evaluate your program": a program lead drops a cohort's files (two of them broken), reads
 * what could not be used and why, gets a report with counts and hidden small groups, downloads
 * the CSV, and the page makes no request at all once it has loaded.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

type Round = 'before' | 'end';

/** A response file as the site writes it. */
function responseFile(round: Round, band: string, heard: number, goals: number) {
  return JSON.stringify({
    format: 'medmentor-evaluation-response',
    version: 1,
    cohort: 'Class of 2028',
    round,
    month: round === 'before' ? '2026-09' : '2027-05',
    assessments: [{ instrument: 'mentoring-needs', framework: 'none', bands: { guidance: band } }],
    checkIn: round === 'end' ? { 'feel-heard': heard } : null,
    activity: { goalsSet: goals, goalsCompleted: Math.floor(goals / 2), meetingsLogged: goals * 2 },
  });
}

/**
 * 30 files in a folder: 28 responses (before: 9 "a strong need", 5 "some need"; end: 3 "a strong
 * need", 6 "some need", 5 "met for now"), one that is not JSON and one that is another file.
 */
function cohortFolder(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'medmentor-evaluate-'));
  const plan: [Round, string, number][] = [
    ['before', 'strong-need', 9],
    ['before', 'some-need', 5],
    ['end', 'strong-need', 3],
    ['end', 'some-need', 6],
    ['end', 'met', 5],
  ];
  const paths: string[] = [];
  let i = 0;
  for (const [round, band, n] of plan) {
    for (let j = 0; j < n; j += 1, i += 1) {
      const path = join(dir, `response-${String(i).padStart(2, '0')}.json`);
      writeFileSync(path, responseFile(round, band, 4 + (j % 2), j % 4));
      paths.push(path);
    }
  }
  writeFileSync(join(dir, 'notes.json'), 'Remember to email the mentors');
  writeFileSync(join(dir, 'my-backup.json'), JSON.stringify({ app: 'medmentor', version: 1 }));
  return [...paths, join(dir, 'notes.json'), join(dir, 'my-backup.json')];
}

test('a lead drops 30 files and gets a report with small groups hidden, without any request', async ({
  page,
}) => {
  await page.goto('evaluate/');
  await expect(page.getByText('nothing is uploaded', { exact: false }).first()).toBeVisible();
  const picker = page.getByLabel('Response files', { exact: true });
  await expect(picker).toBeEnabled();
  await page.waitForLoadState('networkidle');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await picker.setInputFiles(cohortFolder());

  await expect(page.locator('.evaluate').getByRole('status').first()).toHaveText(
    '28 responses read, 2 files could not be read.',
  );
  const problems = page.getByRole('region', { name: 'Files that could not be read' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'notes.json: Not JSON: this is not a response file.',
    'my-backup.json: Not a MedMentor evaluation response.',
  ]);

  const report = page.getByRole('region', { name: 'Report: cohort Class of 2028' });
  const perRound = report.getByRole('table', { name: 'Responses per round' });
  await expect(perRound.getByRole('row', { name: /^Responses/ })).toHaveText(
    ['Responses', '14', '0', '14', '28'].join(''),
  );
  const guidance = report.getByRole('table', {
    name: 'What do I need from a mentor? — Guidance and support',
  });
  await expect(guidance.getByRole('row', { name: /^Before/ }).getByRole('cell')).toHaveText([
    '9 (64%)',
    '5 (36%)',
    '0 (0%)',
    '0 (0%)',
    '14',
  ]);
  // End: 3 "a strong need" is under 5, so it is hidden, and so is 5 "met for now", or 3 could be
  // worked out from the total.
  await expect(guidance.getByRole('row', { name: /^End/ }).getByRole('cell')).toHaveText([
    'suppressed (<5)',
    '6 (43%)',
    'suppressed (<5)',
    '0 (0%)',
    '14',
  ]);
  await expect(
    report.getByRole('img', { name: /Guidance and support: share of each round/ }),
  ).toHaveAttribute('aria-label', /End: Some need 43%, suppressed 57%/);
  for (const level of ['1: Reaction', '2: Learning', '3: Behavior', '4: Results']) {
    await expect(report.getByRole('heading', { name: `Kirkpatrick level ${level}` })).toBeVisible();
  }
  await expect(report).toContainText('Not measured by MedMentor');

  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download the figures (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('medmentor-evaluation-report-Class-of-2028.csv');
  const csv = readFileSync((await file.path()) ?? '', 'utf8');
  expect(csv).toContain(
    'What do I need from a mentor? — Guidance and support,2 Learning,End,A strong need,suppressed (<5),,,',
  );
  expect(csv).toContain(
    'What do I need from a mentor? — Guidance and support,2 Learning,End,Some need,6,42.9,,',
  );
  expect(csv).not.toMatch(/,End,A strong need,3,/);
  await expect(page.locator('.evaluate').getByRole('status').last()).toHaveText(
    'Saved medmentor-evaluation-report-Class-of-2028.csv to your downloads.',
  );

  // Nothing left the browser: not one request after the page loaded (the CSV is made in the
  // page and saved from a blob: address, which is no request to any server).
  expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
  await expectAccessible(page, 'evaluate, with a report');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'evaluate, with a report, dark theme');
});

test('the report fits a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('evaluate/');
  await page.getByLabel('Response files', { exact: true }).setInputFiles(cohortFolder());
  await expect(page.getByRole('heading', { name: 'Report: cohort Class of 2028' })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
});

test('a folder can be chosen with its own picker, and a file chosen twice counts once', async ({
  page,
}) => {
  await page.goto('evaluate/');
  const files = cohortFolder().slice(0, 3);
  await page.getByLabel('Response files', { exact: true }).setInputFiles(files);
  await expect(page.locator('.evaluate').getByRole('status').first()).toHaveText(
    '3 responses read.',
  );
  await page.getByLabel('Response files', { exact: true }).setInputFiles(files.slice(0, 1));
  await expect(page.getByText('1 file was already added')).toBeVisible();
  // Three responses in one round: under 5, so the round shows no figure at all.
  await expect(page.getByRole('table', { name: 'Responses per round' })).toContainText(
    'suppressed (<5)',
  );
  await expect(page.getByLabel('A folder of response files')).toHaveAttribute(
    'webkitdirectory',
    '',
  );
  await page.getByRole('button', { name: 'Start again with no files' }).click();
  await expect(page.getByRole('heading', { name: /^Report/ })).toHaveCount(0);
});
