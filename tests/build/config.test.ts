/**
 * The school's configuration drives the build: switching the competency framework changes the
 * "Clinical and professional strengths" instrument with no code change. (A bad value, such as an
 * unknown framework or a faint brand color, is checked without a build in
 * tests/unit/schemas/config-errors.test.ts; an instrument mistake in
 * tests/unit/schemas/instrument.test.ts.)
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
