// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

// GitHub Pages serves project sites at /<repo>/: the deploy workflow passes that as BASE_PATH,
// and the site URL as SITE_URL. Locally both are unset and the site runs at the root.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
// Tests build the sub-path variant into its own folder so both builds can be served at once.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
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
