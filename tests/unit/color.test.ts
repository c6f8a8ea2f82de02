import { describe, expect, test } from 'vitest';
import { contrast, darker, forDark, mix, textOn } from '~/lib/color';

describe('contrast', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0a5c70', '#ffffff', 7.56],
  ])('%s on %s is %f:1', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 1);
    expect(contrast(b, a)).toBeCloseTo(expected, 1);
  });
});

test.each([
  ['#000000', '#ffffff', 0.5, '#808080'],
  ['#0a5c70', '#0a5c70', 0.3, '#0a5c70'],
  ['#ff0000', '#000000', 1, '#000000'],
])('mix(%s, %s, %f) = %s', (a, b, amount, expected) => {
  expect(mix(a, b, amount)).toBe(expected);
});

test('forDark lightens just enough to read on a dark background', () => {
  const dark = '#111518';
  for (const brand of ['#0a5c70', '#7a1f5c', '#1d4ed8', '#a33f12']) {
    const light = forDark(brand, dark);
    expect(contrast(light, dark)).toBeGreaterThanOrEqual(7);
    expect(light).not.toBe('#ffffff');
  }
  // Already light enough: unchanged.
  expect(forDark('#ffd166', dark)).toBe('#ffd166');
});

test('textOn picks the more readable text color', () => {
  expect(textOn('#0a5c70')).toBe('#ffffff');
  expect(textOn('#ffd166')).toBe('#0b1a1f');
  expect(contrast(darker('#0a5c70'), '#ffffff')).toBeGreaterThan(contrast('#0a5c70', '#ffffff'));
});
