import { expect, test } from 'vitest';
import { createMentorSearch } from '~/lib/search/mentors';
import { mentor } from './fixture';

const mentors = [
  mentor('amara-okafor', { name: 'Amara Okafor', specialty: 'Internal medicine' }),
  mentor('li-wei', { name: 'Li Wei', specialty: 'Pediatrics', interests: ['global health'] }),
  mentor('sam-ito', { name: 'Sam Ito', specialty: 'Surgery', helpAreas: ['research'] }),
];

test.each([
  ['a typo in a name', 'Okafr', 'amara-okafor'],
  ['a typo in a specialty', 'pediatrcs', 'li-wei'],
  ['an interest', 'global helth', 'li-wei'],
  ['a help area label', 'Research', 'sam-ito'],
])('finds a mentor by %s', async (_, query, expected) => {
  const search = await createMentorSearch(mentors);
  expect(search(query)[0]).toBe(expected);
});

test('an empty query returns everyone in order; nonsense returns no one', async () => {
  const search = await createMentorSearch(mentors);
  expect(search('  ')).toEqual(['amara-okafor', 'li-wei', 'sam-ito']);
  expect(search('zzzzqqq')).toEqual([]);
});

const more = [
  mentor('abe-cole', { name: 'Abe Cole', interests: ['wellness'] }),
  mentor('jose-nunez', { name: 'José Núñez', specialty: 'Family medicine' }),
  mentor('lia-berg', { name: 'Lia Berg' }),
  mentor('zoe-wellness', { name: 'Zoe Wellness', specialty: 'Surgery' }),
  ...mentors,
];

test.each<[string, string, string[]]>([
  ['a name as it is typed', 'Oka', ['amara-okafor']],
  ['a specialty as it is typed', 'pedi', ['li-wei']],
  ['every word must match, in any field', 'li pediatrics', ['li-wei']],
  ['words that two mentors share between them match neither', 'amara pediatrics', []],
  ['a phrase with a typo in one word', 'family medicin', ['jose-nunez']],
  ['a name without its accents', 'Jose Nunez', ['jose-nunez']],
  ['a name with accents typed', 'Amára', ['amara-okafor']],
  ['a name match above an interest match', 'wellness', ['zoe-wellness', 'abe-cole']],
  ['a whole word above a word it starts', 'li', ['li-wei', 'lia-berg']],
  [
    'equal matches in the given order (the index is by name)',
    'surgery',
    ['zoe-wellness', 'sam-ito'],
  ],
  ['punctuation only: everyone', '  -  ', more.map((m) => m.slug)],
])('%s: %j', async (_, query, expected) => {
  const search = await createMentorSearch(more);
  expect(search(query)).toEqual(expected);
});
