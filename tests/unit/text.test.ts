import { expect, test } from 'vitest';
import { stripBidiControls, stripControls } from '~/lib/text';

test.each<[string, string, string]>([
  ['plain text stays as it is', 'Suturing, week 2', 'Suturing, week 2'],
  ['a right-to-left override', 'Goal \u202Etxet desrever', 'Goal txet desrever'],
  ['every embedding and override', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef', 'abcdef'],
  ['every isolate', '\u2066a\u2067b\u2068c\u2069', 'abc'],
  ['the marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
  ['Arabic and Hebrew letters are kept', 'مرحبا שלום', 'مرحبا שלום'],
  ['emoji and joiners are kept', '🩺 👩‍⚕️ e\u0301', '🩺 👩‍⚕️ e\u0301'],
  ['zero-width space and non-joiner are not bidi controls', 'a\u200Bb\u200Cc', 'a\u200Bb\u200Cc'],
  ['empty', '', ''],
])('stripBidiControls: %s', (_name, input, expected) => {
  expect(stripBidiControls(input)).toBe(expected);
});

test.each<[string, string, string]>([
  ['tab, line feed and carriage return are kept', 'a\tb\nc\rd', 'a\tb\nc\rd'],
  ['NUL, escape and DEL are removed', 'a\u0000b\u001bc\u007fd', 'abcd'],
  ['vertical tab and form feed are removed', 'a\u000bb\u000cc', 'abc'],
  ['C1 controls and ordinary text are kept', 'é\u0085 🩺', 'é\u0085 🩺'],
])('stripControls: %s', (_name, input, expected) => {
  expect(stripControls(input)).toBe(expected);
});
