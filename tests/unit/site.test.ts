/**
 * Site-wide helpers under the shipped configuration: navigation and tool links (every tool is
 * on), the switchable pages, the school's brand colors as CSS, internal URLs, ids and dates.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brandCss, defaultColors } from '~/lib/brand-css';
import { contrast, forDark } from '~/lib/color';
import { config } from '~/lib/config';
import { addDays, daysBetween, today } from '~/lib/dates';
import { newId } from '~/lib/id';
import { primaryNav } from '~/lib/nav';
import { isShown, optionalPages } from '~/lib/optional-pages';
import { backgrounds, parseSiteConfig } from '~/lib/schemas/config';
import { toolIds, tools } from '~/lib/tools';
import { isCurrent, url } from '~/lib/url';

describe('navigation and tools', () => {
  test('with every tool on, each tool is built and linked at its own path', () => {
    expect(Object.keys(tools).sort()).toEqual([...toolIds].sort());
    for (const id of toolIds) {
      expect(tools[id].built, id).toBe(true);
      expect(tools[id].path).toMatch(/^\/[a-z/-]+\/$/);
      expect(tools[id].label.length).toBeGreaterThan(0);
    }
    expect(new Set(toolIds.map((id) => tools[id].path)).size).toBe(toolIds.length);
  });

  test('the navigation lists the guides, the tools and the glossary, each once', () => {
    const paths = primaryNav.map((item) => item.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining(['/guides/', '/glossary/', tools.plan.path, tools.mentors.path]),
    );
    for (const item of primaryNav) expect(item.label.length).toBeGreaterThan(0);
  });

  test.each(Object.keys(optionalPages) as (keyof typeof optionalPages)[])(
    'the %s switch decides whether its pages are shown',
    (tool) => {
      expect(isShown(config, tool)).toBe(true);
      const off =
        tool === 'directory'
          ? parseSiteConfig({ directory: false })
          : parseSiteConfig({ tools: { [tool]: false } });
      expect(isShown(off, tool)).toBe(false);
      for (const [route, file] of optionalPages[tool]) {
        expect(route).toMatch(/^\//);
        expect(file).toMatch(/\.(astro|json\.ts)$/);
        expect(existsSync(`src/optional-pages/${file}`), file).toBe(true);
      }
    },
  );
});

describe('brand colors', () => {
  const cssValue = (css: string, block: string, name: string) =>
    new RegExp(`${block}\\{[^}]*--${name}:(#[0-9a-f]{6})`).exec(css)?.[1] ?? '';

  test("MedMentor's own colors add no CSS, so the hand-tuned palette stays", () => {
    expect(brandCss(defaultColors)).toBe('');
    expect(brandCss(parseSiteConfig({}).colors)).toBe('');
  });

  test.each([
    ['a school purple', { primary: '#6b2d5c', accent: '#8a4b00' }],
    ['only the accent changed', { primary: defaultColors.primary, accent: '#8a4b00' }],
  ])('%s: light and dark themes, every text readable', (_name, colors) => {
    const css = brandCss(colors);
    expect(cssValue(css, ':root', 'primary')).toBe(colors.primary);
    expect(cssValue(css, ':root', 'accent')).toBe(colors.accent);
    const onPrimary = cssValue(css, ':root', 'on-primary');
    expect(contrast(onPrimary, colors.primary)).toBeGreaterThanOrEqual(4.5);
    // The dark theme applies when chosen, and when the device prefers it unless light was chosen.
    for (const block of [
      ":root\\[data-theme='dark'\\]",
      ":root:not\\(\\[data-theme='light'\\]\\)",
    ]) {
      const primary = cssValue(css, block, 'primary');
      expect(primary).toBe(forDark(colors.primary, backgrounds.dark.page));
      expect(contrast(primary, backgrounds.dark.page)).toBeGreaterThanOrEqual(4.5);
      expect(
        contrast(cssValue(css, block, 'accent'), backgrounds.dark.page),
      ).toBeGreaterThanOrEqual(4.5);
      expect(contrast(cssValue(css, block, 'on-primary'), primary)).toBeGreaterThanOrEqual(4.5);
    }
    expect(css).toContain('@media (prefers-color-scheme:dark)');
  });

  test('a color that no mix reaches the target with falls back to white', () => {
    expect(forDark('#ffffff', '#ffffff')).toBe('#ffffff');
  });
});

describe('internal URLs (site at the root in unit tests)', () => {
  test.each(['/guides/', '/plan/brief/', '/favicon.svg'])('url(%s) is the path itself', (path) => {
    expect(url(path)).toBe(path);
  });

  test.each<[string, string, boolean, boolean]>([
    ['/guides/mentees/finding-a-mentor/', '/guides/', false, true],
    ['/guides', '/guides/', false, true],
    ['/glossary/', '/guides/', false, false],
    ['/guides/mentees/', '/guides/', true, false],
    ['/', '/', false, true],
    ['/plan/', '/', false, false],
  ])('isCurrent(%s, %s, exact %s) is %s', (pathname, path, exact, expected) => {
    expect(isCurrent(pathname, path, exact)).toBe(expected);
  });
});

describe('ids', () => {
  test('start with the time, so ids made later sort later, and differ at the same moment', () => {
    const at = Date.parse('2026-11-24T10:00:00Z');
    const a = newId(at);
    const b = newId(at);
    expect(a).not.toBe(b);
    expect(a.startsWith(at.toString(36))).toBe(true);
    expect(a).toMatch(/^[0-9a-z]+$/);
    expect(newId(at + 1000) > newId(at)).toBe(true);
    expect(newId().length).toBe(a.length);
  });
});

describe('calendar dates', () => {
  test('today is the local date', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test.each([
    ['2026-11-24', 7, '2026-12-01'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});
