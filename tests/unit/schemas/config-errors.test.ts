/**
 * The school's configuration as the build reads it (astro.config.mjs passes medmentor.config.ts
 * to parseSiteConfig, whose error stops the build): the shipped configurations are valid, and
 * a mistake in one is reported naming the field, and for colors the pair and its ratio.
 */
import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '~/lib/schemas/config';
import school from '../../../examples/school.config';
import shipped from '../../../medmentor.config';

test.each([
  ['medmentor.config.ts', shipped],
  ['examples/school.config.ts', school],
])('%s is valid', (_name, config) => {
  expect(() => parseSiteConfig(config)).not.toThrow();
});

describe('a mistake in medmentor.config.ts stops the build with a message naming the field', () => {
  test('an unknown competency framework', () => {
    const parse = () => parseSiteConfig({ ...shipped, competencyFramework: 'gmc' });
    expect(parse).toThrow(/^medmentor\.config\.ts is not valid:\n/);
    expect(parse).toThrow(
      / {2}- competencyFramework: Invalid option: expected one of "aamc"\|"acgme"\|"canmeds"/,
    );
  });

  test('colors that miss WCAG AA contrast: the pair and the ratio', () => {
    const parse = () => parseSiteConfig({ ...shipped, colors: { primary: '#9fc5e8' } });
    expect(parse).toThrow(/^medmentor\.config\.ts is not valid:\n/);
    expect(parse).toThrow(
      'colors.primary: text #9fc5e8 on background #ffffff (light theme, page) has a contrast of 1.81:1; WCAG AA needs at least 4.5:1',
    );
  });

  test('every pair that fails is listed, one line each, with advice', () => {
    let message = '';
    try {
      parseSiteConfig({ ...shipped, colors: { primary: '#9fc5e8', accent: '#ffcc00' } });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n').slice(1);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line).toMatch(
        /^ {2}- colors\.(primary|accent): text #[0-9a-f]{6} on background #[0-9a-f]{6} \([a-z, ]+\) has a contrast of \d+\.\d\d:1; WCAG AA needs at least 4\.5:1\. Choose a darker color\.$/,
      );
    }
    expect(lines.some((l) => l.includes('colors.accent'))).toBe(true);
  });

  test('several mistakes are all reported at once', () => {
    expect(() => parseSiteConfig({ siteName: '', tracks: [], directory: 'yes' })).toThrow(
      /siteName: [^\n]+\n {2}- tracks: show at least one track\n {2}- directory: /,
    );
  });

  test('a mistake at the top level is reported as such', () => {
    expect(() => parseSiteConfig('aamc')).toThrow(/ {2}- \(root\): /);
  });
});
