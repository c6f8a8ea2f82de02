/**
 * The school's configuration drives the build: switching the competency framework changes the
 * "Clinical and professional strengths" instrument with no code change, and a bad value stops
 * the build with a message naming the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { build, cleanUp, repo, siteWith } from './scratch';

afterAll(cleanUp);

const configWith = (line: string) =>
  readFileSync(join(repo, 'medmentor.config.ts'), 'utf8').replace(
    /competencyFramework: '[a-z]+',/,
    line,
  );

test.each([
  [
    'acgme',
    ['Medical Knowledge', 'Systems-Based Practice'],
    ['Knowledge for Practice', 'Medical Expert'],
  ],
  [
    'canmeds',
    ['Medical Expert', 'Health Advocate', 'Scholar'],
    ['Knowledge for Practice', 'Medical Knowledge'],
  ],
])('competencyFramework: %s', (framework, present, absent) => {
  const dir = siteWith({
    'medmentor.config.ts': configWith(`competencyFramework: '${framework}',`),
  });
  const { status, output } = build(dir);
  expect(status, output).toBe(0);
  const page = join(dir, 'dist/assessments/clinical-strengths/index.html');
  expect(existsSync(page)).toBe(true);
  const html = readFileSync(page, 'utf8');
  for (const name of present) expect(html).toContain(name);
  for (const name of absent) expect(html).not.toContain(name);
});

test('an unknown framework fails the build, naming the field', () => {
  const dir = siteWith({ 'medmentor.config.ts': configWith(`competencyFramework: 'gmc',`) });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/medmentor\.config\.ts is not valid/);
  expect(output).toMatch(/competencyFramework/);
});

test('an instrument with an item in an unknown domain fails the build, naming the file', () => {
  const source = readFileSync(join(repo, 'src/content/assessments/mentoring-needs.yaml'), 'utf8');
  const broken = source.replace(/domain: networking/, 'domain: networkin');
  const dir = siteWith({ 'src/content/assessments/mentoring-needs.yaml': broken });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/mentoring-needs/);
  expect(output).toMatch(/unknown domain "networkin"/);
});

test('colors that miss WCAG AA contrast fail the build, naming the pair and the ratio', () => {
  const dir = siteWith({
    'medmentor.config.ts': configWith(
      `competencyFramework: 'aamc',\n  colors: { primary: '#9fc5e8' },`,
    ),
  });
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/medmentor\.config\.ts is not valid/);
  expect(output).toContain(
    'colors.primary: text #9fc5e8 on background #ffffff (light theme, page) has a contrast of 1.81:1; WCAG AA needs at least 4.5:1',
  );
});
