/**
 * A mistake in a content file must stop the build with a message that names the file and the
 * field, so that it never reaches students. One scratch copy of the site with a broken guide
 * shows that the build stops and names the file; the same site without the mistake builds.
 *
 * Each kind of mistake is checked without a build, with the real schemas and checks:
 * guide frontmatter in tests/unit/schemas/guide.test.ts, order gaps and related guides in
 * tests/unit/content/guides.test.ts, unknown glossary terms in tests/unit/content/term.test.ts,
 * instruments and mentors in tests/unit/schemas/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build, cleanUp, repo, siteWith as siteWithFiles } from './scratch';

const siteWith = (file: string, content: string) => siteWithFiles({ [file]: content });

/** The next place in the programs track: the broken guide comes after the real ones. */
const nextOrder = String(
  readdirSync(join(repo, 'src/content/guides/programs')).filter((f) => f.endsWith('.mdx')).length +
    1,
);

const frontmatter = (extra: Record<string, string>) => {
  const fields: Record<string, string> = {
    title: 'A broken guide',
    description: 'Used by a test.',
    track: 'programs',
    order: nextOrder,
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

afterAll(cleanUp);

describe('a broken guide fails the build, naming the file and the field', () => {
  test('too few objectives', () => {
    const dir = siteWith(
      'src/content/guides/programs/broken.mdx',
      frontmatter({ objectives: '[Only one.]' }),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/programs\/broken/);
    expect(output).toMatch(/objectives/);
  });

  test('the same site without the mistake builds', () => {
    const dir = siteWith('src/content/guides/programs/broken.mdx', frontmatter({}) + 'Fine.\n');
    const { status, output } = build(dir);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});
