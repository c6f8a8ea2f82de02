import { expect, test } from 'vitest';
import { caseQuestions, plainText } from '~/lib/content/case-questions';

test.each([
  ['no case', 'Prose.\n\n1. A list outside a case.', []],
  [
    'a case with its numbered questions',
    '<Case title="The one-word answers">\n\nMei mentors Jordan.\n\n**Discuss**\n\n1. What are the risks?\n2. What could Mei ask?\n\n</Case>\n\n1. Not a question.',
    [{ title: 'The one-word answers', questions: ['What are the risks?', 'What could Mei ask?'] }],
  ],
  [
    'two cases, single quotes, no questions',
    '<Case title=\'A\'>\nText.\n</Case>\n<Case title="B">\n3) Only one?\n</Case>',
    [
      { title: 'A', questions: [] },
      { title: 'B', questions: ['Only one?'] },
    ],
  ],
  ['no title', '<Case>\n1. Why?\n</Case>', [{ title: 'Case', questions: ['Why?'] }]],
])('caseQuestions: %s', (_, source, expected) => {
  expect(caseQuestions(source)).toEqual(expected);
});

test.each([
  ['plain', 'What next?', 'What next?'],
  ['a link', 'Read [the guide](/guides/x/) first?', 'Read the guide first?'],
  ['a component', 'Who is a <Term id="sponsor">sponsor</Term> here?', 'Who is a sponsor here?'],
  ['emphasis and code', 'Is **this** *really* `it`?', 'Is this really it?'],
  ['markup stays text', 'Is 3 < 4 & 5 > 2?', 'Is 3 < 4 & 5 > 2?'],
])('plainText: %s', (_, markdown, expected) => {
  expect(plainText(markdown)).toBe(expected);
});
