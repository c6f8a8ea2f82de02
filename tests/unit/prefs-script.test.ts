import { expect, test } from 'vitest';
import { prefsScript } from '~/lib/storage/prefs-script';

test('the inline preferences script stays under 1 KB', () => {
  expect(new TextEncoder().encode(prefsScript).length).toBeLessThan(1024);
});

test('the inline preferences script is valid JavaScript', () => {
  expect(() => new Function(prefsScript)).not.toThrow();
});

test('the inline app script (service worker, offline, search) stays under 1 KB and parses', async () => {
  const { appScript } = await import('~/lib/app-script');
  for (const base of ['/', '/medmentor/']) {
    const script = appScript(base);
    expect(new TextEncoder().encode(script).length).toBeLessThan(1024);
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain(`"${base}"`);
  }
});
