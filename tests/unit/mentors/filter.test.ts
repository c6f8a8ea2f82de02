import { describe, expect, test } from 'vitest';
import {
  countFilters,
  facet,
  filterMentors,
  noFilters,
  type MentorFilters,
} from '~/lib/mentors/filter';
import { mentor } from './fixture';

const mentors = [
  mentor('ana', { helpAreas: ['research'], formats: ['virtual'], languages: ['English'] }),
  mentor('ben', { helpAreas: ['wellbeing'], formats: ['one-to-one'], languages: ['Spanish'] }),
  mentor('cy', { helpAreas: ['research', 'wellbeing'], formats: ['group', 'virtual'] }),
  mentor('dee', { helpAreas: ['teaching'], specialty: 'Pediatrics', availability: 'full' }),
];

const slugs = (filters: Partial<MentorFilters>) =>
  filterMentors(mentors, { ...noFilters, ...filters }).map((m) => m.slug);

describe('filterMentors', () => {
  test.each<[string, Partial<MentorFilters>, string[]]>([
    ['no filters: everyone', {}, ['ana', 'ben', 'cy', 'dee']],
    ['one help area', { helpAreas: ['research'] }, ['ana', 'cy']],
    [
      'two help areas: either (OR within a group)',
      { helpAreas: ['research', 'wellbeing'] },
      ['ana', 'ben', 'cy'],
    ],
    [
      'help areas AND format',
      { helpAreas: ['research', 'wellbeing'], formats: ['virtual'] },
      ['ana', 'cy'],
    ],
    [
      'AND across three groups',
      { helpAreas: ['wellbeing'], formats: ['virtual'], languages: ['English'] },
      ['cy'],
    ],
    ['specialty', { specialties: ['Pediatrics'] }, ['dee']],
    ['availability', { availability: ['accepting', 'waitlist'] }, ['ana', 'ben', 'cy']],
    ['nothing matches', { helpAreas: ['teaching'], languages: ['Spanish'] }, []],
  ])('%s', (_, filters, expected) => {
    expect(slugs(filters)).toEqual(expected);
  });

  test('adding a value within a group never removes a mentor; adding a group never adds one', () => {
    const one = slugs({ helpAreas: ['research'] });
    const two = slugs({ helpAreas: ['research', 'wellbeing'] });
    const narrowed = slugs({ helpAreas: ['research', 'wellbeing'], languages: ['Spanish'] });
    expect(two).toEqual(expect.arrayContaining(one));
    expect(two).toEqual(expect.arrayContaining(narrowed));
    expect(narrowed).toEqual(['ben']);
  });
});

test('countFilters adds up chosen values across groups', () => {
  expect(countFilters(noFilters)).toBe(0);
  expect(
    countFilters({ ...noFilters, helpAreas: ['research', 'wellbeing'], formats: ['group'] }),
  ).toBe(3);
});

test('facet lists distinct values with counts, sorted', () => {
  expect(facet(mentors, 'formats')).toEqual([
    { value: 'group', count: 1 },
    { value: 'one-to-one', count: 2 },
    { value: 'virtual', count: 2 },
  ]);
  expect(facet(mentors, 'specialties')).toEqual([
    { value: 'Internal medicine', count: 3 },
    { value: 'Pediatrics', count: 1 },
  ]);
});
