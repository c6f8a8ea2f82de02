/**
 * Colors for the school's brand: WCAG contrast ratios, and the dark-theme variant of a color.
 * Pure functions on "#rrggbb" strings; the config check and the theme CSS both use them.
 */

export const HEX = /^#[0-9a-f]{6}$/i;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2.2, 1.4.3). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colors, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `hex` toward `toward` by `amount` (0 = hex, 1 = toward). */
export function mix(hex: string, toward: string, amount: number): string {
  const a = channels(hex);
  const b = channels(toward);
  return toHex(a.map((c, i) => c + ((b[i] ?? 0) - c) * amount));
}

/**
 * A lighter version of a brand color for dark backgrounds: the least mix with white that reads
 * at `target` contrast on `background` (whole steps of 5 %), so brand hues carry into dark mode.
 */
export function forDark(hex: string, background: string, target = 7): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(hex, '#ffffff', step / 20);
    if (contrast(candidate, background) >= target) return candidate;
  }
  return '#ffffff';
}

/** The darker shade used for hover states. */
export function darker(hex: string): string {
  return mix(hex, '#000000', 0.25);
}

/** Text color (white or near-black) with the better contrast on `hex`. */
export function textOn(hex: string, light = '#ffffff', dark = '#0b1a1f'): string {
  return contrast(light, hex) >= contrast(dark, hex) ? light : dark;
}
