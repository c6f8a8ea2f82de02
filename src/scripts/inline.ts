/**
 * Builds the two scripts every page carries inline (./prefs.ts before the first paint, ./app.ts
 * for the service worker, banners and search) with esbuild: bundled, minified, one IIFE each.
 * astro.config.mjs builds them once, allows them in the Content-Security-Policy by the hash of
 * exactly this output, and hands the same text to BaseLayout through the virtual module
 * `virtual:medmentor/inline-scripts` (declared in ./virtual.d.ts).
 *
 * The scripts import key names and format versions from src/lib; a schema module brings only its
 * constants (e.g. PREFS_VERSION) into the bundle, never its zod schemas.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import * as prefsSchemas from '../lib/schemas/prefs';
import * as quarantineSchemas from '../lib/schemas/quarantine';

export interface InlineScripts {
  /** The preferences script (theme, facilitator view), minified. */
  prefs: string;
  /** The app script (service worker, offline and update banners, search), minified. */
  app: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Schema modules the scripts may import constants from, by file. */
const schemaModules: Record<string, Record<string, unknown>> = {
  [resolve(here, '../lib/schemas/prefs.ts')]: prefsSchemas,
  [resolve(here, '../lib/schemas/quarantine.ts')]: quarantineSchemas,
};

/** Replaces a schema module with its constants: its schemas would pull in all of zod. */
const schemaConstants: Plugin = {
  name: 'medmentor:schema-constants',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]lib[\\/]schemas[\\/][^\\/]+\.ts$/ }, ({ path }) => {
      const exports = schemaModules[path];
      if (!exports) {
        return { errors: [{ text: `inline scripts: add ${path} to schemaModules in inline.ts` }] };
      }
      const constants = Object.entries(exports).filter(([, value]) =>
        ['string', 'number', 'boolean'].includes(typeof value),
      );
      return {
        contents: constants
          .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
          .join('\n'),
        loader: 'js',
      };
    });
  },
};

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: here, loader: 'ts', sourcefile: 'inline-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [schemaConstants],
  });
  return result.outputFiles[0]?.text.trim() ?? '';
}

/** Both scripts, for a site served under `base` (normalized: "/" or "/medmentor/"). */
export async function buildInlineScripts(base: string): Promise<InlineScripts> {
  const [prefs, app] = await Promise.all([
    bundle(`import { startPrefs } from './prefs'; startPrefs();`),
    bundle(`import { startApp } from './app'; startApp(${JSON.stringify(base)});`),
  ]);
  return { prefs, app };
}

/** The CSP source that allows an inline script with exactly this text. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

const MODULE = 'virtual:medmentor/inline-scripts';

/** A Vite plugin serving the built scripts to BaseLayout as `virtual:medmentor/inline-scripts`. */
export function inlineScriptsPlugin(scripts: InlineScripts) {
  return {
    name: 'medmentor:inline-scripts',
    resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
    load: (id: string) =>
      id === `\0${MODULE}`
        ? Object.entries(scripts)
            .map(([name, code]) => `export const ${name} = ${JSON.stringify(code)};`)
            .join('\n')
        : undefined,
  };
}
