/**
 * A mistake in a content file must stop the build with a message that names the file and the
 * field, so that it never reaches students. Each case builds a scratch copy of the site with one
 * broken guide.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { build, cleanUp, siteWith as siteWithFiles } from './scratch';

const siteWith = (file: string, content: string) => siteWithFiles({ [file]: content });

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

afterAll(cleanUp);

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
