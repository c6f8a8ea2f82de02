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
