import { describe, expect, test } from 'vitest';
import { colorPairs, parseSiteConfig } from '~/lib/schemas/config';

describe('parseSiteConfig', () => {
  test('an empty configuration gets every default', () => {
    const config = parseSiteConfig({});
    expect(config).toMatchObject({
      siteName: 'MedMentor',
      competencyFramework: 'aamc',
      directory: true,
      tools: { network: true, brief: true, agreement: true, meetings: true },
      tracks: ['mentees', 'mentors', 'programs'],
      colors: { primary: '#0a5c70', accent: '#a33f12' },
      footerLinks: [],
    });
  });

  test.each<[string, unknown, RegExp]>([
    ['unknown framework', { competencyFramework: 'gmc' }, /competencyFramework/],
    ['a typo in a field name', { colour: { primary: '#000000' } }, /colour/],
    [
      'not a hex color',
      { colors: { primary: 'teal' } },
      /colors\.primary: use a six-digit hex color/,
    ],
    [
      'too faint on white',
      { colors: { primary: '#9fc5e8' } },
      /colors\.primary: text #9fc5e8 on background #ffffff \(light theme, page\) has a contrast of 1\.81:1/,
    ],
    [
      'accent too faint',
      { colors: { accent: '#ffcc00' } },
      /colors\.accent: .*WCAG AA needs at least 4\.5:1/,
    ],
    ['contact without email or link', { contact: { name: 'Office' } }, /contact/],
    [
      'a footer link that is not https',
      { footerLinks: [{ label: 'X', href: 'http://example.org' }] },
      /footerLinks\.0\.href: use a full https:\/\/ link/,
    ],
    ['no track shown', { tracks: [] }, /tracks: show at least one track/],
    ['a logo outside public/', { logo: { src: 'logo.svg', alt: 'X' } }, /logo\.src/],
  ])('%s fails with a message naming the field', (_, input, message) => {
    expect(() => parseSiteConfig(input)).toThrow(/medmentor\.config\.ts is not valid/);
    expect(() => parseSiteConfig(input)).toThrow(message);
  });
});

test('every brand color pair is checked in both themes, and the defaults pass AA', () => {
  const pairs = colorPairs({ primary: '#0a5c70', accent: '#a33f12' });
  expect(pairs.map((p) => `${p.field} ${p.where}`)).toEqual([
    'primary light theme, page',
    'primary light theme, panels',
    'primary dark theme, page',
    'primary dark theme, panels',
    'primary light theme, button text',
    'primary dark theme, button text',
    'accent light theme, page',
    'accent light theme, panels',
    'accent dark theme, page',
    'accent dark theme, panels',
  ]);
  for (const pair of pairs) expect(pair.ratio).toBeGreaterThanOrEqual(4.5);
});
