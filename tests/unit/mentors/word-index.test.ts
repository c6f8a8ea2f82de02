import Fuse from 'fuse.js';
import { expect, test } from 'vitest';
import { fuzzyWords, maxScore } from '~/lib/search/fuzzy-words';
import { buildWordIndex, searchWordIndex, toWords } from '~/lib/search/word-index';
import { tableTest } from '../../support/table';

tableTest(
  'toWords(%j)',
  toWords,
  [
    ['Amara Okafor', ['amara', 'okafor']],
    ['First-generation college graduate', ['first', 'generation', 'college', 'graduate']],
    ['José Núñez, Zoë', ['jose', 'nunez', 'zoe']],
    ['LGBTQ+ in medicine', ['lgbtq', 'in', 'medicine']],
    ['李伟 Ивана', ['李伟', 'ивана']],
    ['  -  ', []],
  ],
  { deep: true },
);

tableTest('maxScore(%j) = %s', maxScore, [
  ['abc', 0.25],
  ['abcd', 0.25],
  ['abcde', 0.35],
]);

const words = ['health', 'healthcare', 'okafor', 'pediatrics', 'surgery', 'wealth'];
const near = fuzzyWords(Fuse, words);

test.each<[string, string[]]>([
  ['helth', ['health', 'healthcare']],
  ['okafr', ['okafor']],
  ['pediatrcs', ['pediatrics']],
  ['srgery', ['surgery']],
  ['xqzzy', []],
])('fuzzyWords: %j is close to %j', (typed, expected) => {
  expect(
    near(typed)
      .map(([word]) => word)
      .sort(),
  ).toEqual(expected);
});

const records = [
  ['Li Wei', 'Pediatrics'],
  ['Lia Berg', 'Surgery'],
  ['Sam Ito', 'Pediatric surgery'],
];
const index = buildWordIndex(records, ([name, field], add) => {
  add(name ?? '', 3);
  add(field ?? '', 1);
});

test.each<[string, number[] | null]>([
  ['', null],
  ['li', [0, 1]],
  ['pediatric', [2, 0]],
  ['pediatric surg', [2]],
  ['surgery lia', [1]],
  ['nobody', []],
])('searchWordIndex(%j) = %j', (query, expected) => {
  expect(searchWordIndex(index, query, () => [])).toEqual(expected);
});
