/**
 * The inline scripts as the pages carry them (src/scripts/inline.ts): small, valid, minified,
 * built for the configured base path, free of zod, and hashed from exactly the text BaseLayout
 * inlines. (Formerly tests/unit/prefs-script.test.ts.)
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildInlineScripts,
  inlineScriptsPlugin,
  scriptHash,
  type InlineScripts,
} from '~/scripts/inline';

const bases = ['/', '/medmentor/'];
const built: Record<string, InlineScripts> = {};
beforeAll(async () => {
  for (const base of bases) built[base] = await buildInlineScripts(base);
});

describe.each(bases)('built for base %s', (base) => {
  test.each(['prefs', 'app'] as const)(
    'the %s script stays under 1 KB gzipped (and 1.5 KB uncompressed)',
    (name) => {
      const script = built[base]![name];
      expect(gzipSync(script).length).toBeLessThan(1024);
      expect(new TextEncoder().encode(script).length).toBeLessThan(1536);
    },
  );

  test.each(['prefs', 'app'] as const)('the %s script is one minified expression', (name) => {
    const script = built[base]![name];
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- only parsed, never called
    expect(() => new Function(script)).not.toThrow();
    expect(script).toMatch(/^\(\(\)=>\{.*\}\)\(\);$/s);
    expect(script).not.toContain('\n');
  });

  test('the app script has the base path built in; the preferences script needs none', () => {
    expect(built[base]!.app).toContain(`"${base}"`);
    expect(built[base]!.prefs).toBe(built['/']!.prefs);
  });
});

test('the scripts bring the storage keys and versions, but no zod', () => {
  const { prefs } = built['/']!;
  expect(prefs).toContain('"medmentor:"');
  expect(prefs).toContain('quarantine:');
  for (const script of Object.values(built['/']!)) expect(script).not.toContain('_zod');
});

test('the CSP hash is the SHA-256 of exactly the inlined text', () => {
  const { prefs } = built['/']!;
  expect(scriptHash(prefs)).toBe(
    `sha256-${createHash('sha256').update(prefs, 'utf8').digest('base64')}`,
  );
  expect(scriptHash(prefs)).not.toBe(scriptHash(`${prefs} `));
});

test('BaseLayout gets the same text through the virtual module', () => {
  const scripts = built['/medmentor/']!;
  const plugin = inlineScriptsPlugin(scripts);
  const id = plugin.resolveId('virtual:medmentor/inline-scripts');
  expect(id).toBeDefined();
  expect(plugin.resolveId('virtual:medmentor/brand.css')).toBeUndefined();
  expect(plugin.load(id!)).toBe(
    `export const prefs = ${JSON.stringify(scripts.prefs)};\nexport const app = ${JSON.stringify(scripts.app)};`,
  );
  expect(plugin.load('src/layouts/BaseLayout.astro')).toBeUndefined();
});
