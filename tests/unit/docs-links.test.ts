import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { docHref, programLeadDocs } from '~/lib/docs-links';

test.each([
  [
    'https://github.com/riverside/mentoring',
    'https://github.com/riverside/mentoring/blob/HEAD/docs/branding.md',
  ],
  [
    'https://github.com/riverside/mentoring/',
    'https://github.com/riverside/mentoring/blob/HEAD/docs/branding.md',
  ],
  ['', null],
  [undefined, null],
  ['javascript:alert(1)', null],
])('docHref(branding.md, %j)', (repository, expected) => {
  expect(docHref('branding.md', repository)).toBe(expected);
});

test('every listed doc exists', () => {
  for (const doc of programLeadDocs) expect(existsSync(`docs/${doc.file}`), doc.file).toBe(true);
});
