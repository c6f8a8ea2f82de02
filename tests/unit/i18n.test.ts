import { expect, test } from 'vitest';
import { dictionaryFor, dictionaries } from '~/i18n';
import { plural, pluralCount } from '~/i18n/plural';

test.each([
  ['en-US', 1, '1 result.'],
  ['en-US', 0, '0 results.'],
  ['en-GB', 12, '12 results.'],
])('plural(%s, %i)', (locale, n, expected) => {
  expect(plural(locale, n, dictionaryFor(locale).search.results)).toBe(expected);
});

test('named values are filled in', () => {
  expect(plural('en', 10, { one: '{n} of {total}', other: '{n} of {total}' }, { total: 42 })).toBe(
    '10 of 42',
  );
});

test('a language picks its dictionary by exact tag, then by primary language', () => {
  expect(dictionaryFor('en-CA')).toBe(dictionaries.en);
  expect(() => dictionaryFor('fr-CA')).toThrow(
    /no interface dictionary for language "fr-CA". Add src\/i18n\/fr\.ts/,
  );
});

const stepsDone = { one: '{done} of {n} step done', other: '{done} of {n} steps done' };
test.each([
  ['en-US', 1, { done: 0 }, '0 of 1 step done'],
  ['en-US', 3, { done: 1 }, '1 of 3 steps done'],
  ['en-US', 1200, { done: 1000 }, '1,000 of 1,200 steps done'],
  ['de-DE', 1200, { done: 1000 }, '1.000 of 1.200 steps done'],
  ['en-US', 2, { done: 'some' }, 'some of 2 steps done'],
])('pluralCount(%s, %i) writes numbers for the locale', (locale, n, values, expected) => {
  expect(pluralCount(locale, n, stepsDone, values)).toBe(expected);
});
