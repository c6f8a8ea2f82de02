/**
 * The school's brand colors as CSS custom properties, overriding tokens.css. Empty when the
 * colors are MedMentor's defaults, so the hand-tuned default palette stays exactly as designed.
 */
import { darker, forDark, mix, textOn } from './color';
import { backgrounds, type SiteConfig } from './schemas/config';

export const defaultColors = { primary: '#0a5c70', accent: '#a33f12' } as const;

export function brandCss(colors: SiteConfig['colors']): string {
  const { primary, accent } = colors;
  if (primary === defaultColors.primary && accent === defaultColors.accent) return '';
  const darkPrimary = forDark(primary, backgrounds.dark.page);
  const darkAccent = forDark(accent, backgrounds.dark.page);
  const light = [
    `--primary:${primary}`,
    `--primary-strong:${darker(primary)}`,
    `--on-primary:${textOn(primary)}`,
    `--accent:${accent}`,
    `--note:${primary}`,
  ].join(';');
  const dark = [
    `--primary:${darkPrimary}`,
    `--primary-strong:${mix(darkPrimary, '#ffffff', 0.3)}`,
    `--on-primary:${textOn(darkPrimary)}`,
    `--accent:${darkAccent}`,
    `--note:${darkPrimary}`,
  ].join(';');
  return [
    `:root{${light}}`,
    `:root[data-theme='dark']{${dark}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme='light']){${dark}}}`,
  ].join('\n');
}
