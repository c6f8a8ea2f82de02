import { expect, test } from 'vitest';
import { prefsScript } from '~/lib/storage/prefs-script';

test('the inline preferences script stays under 1 KB', () => {
  expect(new TextEncoder().encode(prefsScript).length).toBeLessThan(1024);
});

test('the inline preferences script is valid JavaScript', () => {
  expect(() => new Function(prefsScript)).not.toThrow();
});
