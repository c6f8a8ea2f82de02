// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { siteConfigIntegration } from './src/integrations/site-config.ts';
import { parseSiteConfig } from './src/lib/schemas/config.ts';
import { normalizeBase } from './src/lib/url.ts';
import { buildInlineScripts, inlineScriptsPlugin, scriptHash } from './src/scripts/inline.ts';

// GitHub Pages serves project sites at /<repo>/: the deploy workflow passes that as BASE_PATH,
// and the site URL as SITE_URL. Locally both are unset and the site runs at the root.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
// The school's configuration: medmentor.config.ts, or another file named by MEDMENTOR_CONFIG
// (the tests build the example configurations in examples/ this way).
const configFile = resolve(process.env.MEDMENTOR_CONFIG || 'medmentor.config.ts');
const siteConfig = parseSiteConfig((await import(/* @vite-ignore */ configFile)).default);

// The two inline scripts every page carries (src/scripts/), minified once here: BaseLayout inlines
// this text and the Content-Security-Policy allows exactly its hashes.
const inlineScripts = await buildInlineScripts(normalizeBase(base));

// Tests build the sub-path variant into its own folder so both builds can be served at once.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // medmentor.config.ts: brand colors, and the tools a school switched off left out of the build.
  integrations: [mdx(), preact(), siteConfigIntegration(siteConfig)],
  devToolbar: { enabled: false },
  // Guides have no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag on every page: nothing from other origins, no eval,
  // inline scripts only by hash (Astro hashes its own; our two inline scripts are added here).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        hashes: [scriptHash(inlineScripts.prefs), scriptHash(inlineScripts.app)],
      },
    },
  },
  prefetch: false,
  vite: {
    // BaseLayout imports the built inline scripts as `virtual:medmentor/inline-scripts`.
    plugins: [inlineScriptsPlugin(inlineScripts)],
    // src/lib/config.ts imports the configuration as `medmentor:config`.
    resolve: { alias: { 'medmentor:config': configFile } },
    build: {
      // No preload helper for the few lazy imports (search, share form): less JavaScript on
      // every tool page; those chunks are small and load on interaction.
      modulePreload: false,
      // Phones keep old browsers for years: Lightning CSS (Vite's CSS minifier) lowers newer CSS
      // for these, e.g. the theme tokens' light-dark() into variables that older Safari reads.
      cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14', 'ios14'],
      rolldownOptions: {
        // Silences a known, harmless warning printed once per MDX file (withastro/astro#18087).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
});
