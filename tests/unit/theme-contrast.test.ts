/**
 * Every text/background pair the styles use reads at WCAG AA (4.5:1) in the light and the dark
 * theme: the tokens as written in src/styles/tokens.css (each `light-dark(light, dark)`), and
 * again with a school's brand colors laid over them (src/lib/brand-css.ts). The badge palette,
 * the notices, the buttons (main, quiet on hover, the danger confirm) and links are all here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brandCss, defaultColors } from '~/lib/brand-css';
import { contrast } from '~/lib/color';

type Theme = 'light' | 'dark';
type Palette = Record<string, string>;

/** The tokens of one theme, from tokens.css. */
function tokens(theme: Theme): Palette {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const palette: Palette = {};
  for (const [, name, light, dark] of css.matchAll(
    /--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
  )) {
    palette[name ?? ''] = (theme === 'light' ? light : dark) ?? '';
  }
  return palette;
}

/** The brand's overrides for one theme: the first rule is light, the second dark. */
function brand(css: string, theme: Theme): Palette {
  const rule = css.split('\n')[theme === 'light' ? 0 : 1] ?? '';
  return Object.fromEntries(
    [...rule.matchAll(/--([\w-]+):(#[0-9a-f]{6})/gi)].map(([, k, v]) => [k ?? '', v ?? '']),
  );
}

/** [text, background]: each pair a rule in global.css or tools.css puts together. */
const pairs: readonly [string, string][] = [
  ...['bg', 'surface', 'surface-2'].flatMap((bg): [string, string][] => [
    ['text', bg],
    ['muted', bg],
    ['primary', bg],
  ]),
  ['primary', 'note-bg'],
  ['primary-strong', 'bg'],
  ['primary-strong', 'surface-2'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-strong'],
  ['bg', 'danger'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['danger', 'bg'],
  ...['note', 'tip', 'caution', 'danger', 'facilitator'].flatMap((tone): [string, string][] => [
    [tone, `${tone}-bg`],
    ['text', `${tone}-bg`],
    // A link or a hint inside a notice of this tone.
    ['primary', `${tone}-bg`],
    ['muted', `${tone}-bg`],
  ]),
];

const schools = [
  ['MedMentor', defaultColors],
  ['a school purple', { primary: '#6b2d5c', accent: '#8a4b00' }],
  ['a deep blue', { primary: '#1d4ed8', accent: '#a33f12' }],
  ['a dark green', { primary: '#14532d', accent: '#7c2d12' }],
] as const;

describe.each(schools)('%s', (_name, colors) => {
  test.each(['light', 'dark'] as const)('%s theme: every pair at least 4.5:1', (theme) => {
    const palette = { ...tokens(theme), ...brand(brandCss(colors), theme) };
    const failing = pairs
      .map(([text, bg]) => {
        const ratio = contrast(palette[text] ?? '#808080', palette[bg] ?? '#808080');
        return { pair: `${text} on ${bg}`, ratio: Math.round(ratio * 100) / 100 };
      })
      .filter(({ ratio }) => ratio < 4.5);
    expect(failing).toEqual([]);
  });
});

test('the focus ring stands out from the page in both themes (3:1, non-text)', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = tokens(theme);
    expect(contrast(palette.focus ?? '', palette.bg ?? '')).toBeGreaterThanOrEqual(3);
  }
});

test('the tokens are all read (a renamed token fails here, not silently)', () => {
  for (const theme of ['light', 'dark'] as const) {
    const names = Object.keys(tokens(theme));
    for (const [text, bg] of pairs) expect(names).toEqual(expect.arrayContaining([text, bg]));
  }
});
