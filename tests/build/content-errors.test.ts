/**
 * A mistake in a content file must stop the build with a message that names the file and the
 * field, so that it never reaches students. Each case builds a scratch copy of the site with one
 * broken guide.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const scratch: string[] = [];

function siteWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'medmentor-build-'));
  scratch.push(dir);
  for (const name of [
    'package.json',
    'astro.config.mjs',
    'tsconfig.json',
    'medmentor.config.ts',
    'src',
    'public',
  ]) {
    cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, file), content);
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const frontmatter = (extra: Record<string, string>) => {
  const fields: Record<string, string> = {
    title: 'A broken guide',
    description: 'Used by a test.',
    track: 'programs',
    order: '5',
    audience: '[program-leads]',
    objectives: '[Describe one thing., List two things., Plan three things.]',
    keyPoints: '[One., Two., Three.]',
    minutes: '5',
    updated: '2026-11-24',
    ...extra,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
};

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('a broken guide fails the build, naming the file and the field', () => {
  test.each<[string, Record<string, string>, string, RegExp[]]>([
    ['too few objectives', { objectives: '[Only one.]' }, '', [/programs\/broken/, /objectives/]],
    ['an unknown audience', { audience: '[everyone]' }, '', [/programs\/broken/, /audience/]],
    ['a missing title', { title: '""' }, '', [/programs\/broken/, /title/]],
    [
      'a related guide that does not exist',
      { relatedGuides: '[mentees/no-such-guide]' },
      '',
      [/programs\/broken/, /relatedGuides/, /no-such-guide/],
    ],
    ['a gap in the order', { order: '7' }, '', [/programs\/broken/, /order is 7, expected 5/]],
    [
      'an unknown glossary term',
      {},
      `import { Term } from '~/components/mdx';\n\nA <Term id="no-such-term">word</Term>.\n`,
      [/no-such-term/, /terms\.yaml/],
    ],
  ])('%s', (_name, fields, body, expected) => {
    const dir = siteWith('src/content/guides/programs/broken.mdx', frontmatter(fields) + body);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });

  test('the same site without the mistake builds', () => {
    const dir = siteWith('src/content/guides/programs/broken.mdx', frontmatter({}) + 'Fine.\n');
    const { status, output } = build(dir);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});
