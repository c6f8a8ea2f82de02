/**
 * The build side of medmentor.config.ts: the school's brand colors as CSS, and the pages a
 * school can switch off (src/lib/optional-pages.ts), added to the build only when shown, so a
 * hidden tool has no page, no link and no entry in search or the offline cache.
 */
import type { AstroIntegration } from 'astro';
import { brandCss } from '../lib/brand-css';
import { isShown, optionalPages, type OptionalTool } from '../lib/optional-pages';
import type { SiteConfig } from '../lib/schemas/config';

/** The module BaseLayout imports for the school's colors (see brandCss). */
const BRAND_CSS = 'virtual:medmentor/brand.css';

export function siteConfigIntegration(config: SiteConfig): AstroIntegration {
  return {
    name: 'medmentor:site-config',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'medmentor:brand-css',
                resolveId: (id: string) => (id === BRAND_CSS ? `\0${BRAND_CSS}` : undefined),
                load: (id: string) =>
                  id === `\0${BRAND_CSS}`
                    ? brandCss(config.colors) || '/* default colors */'
                    : undefined,
              },
            ],
          },
        });
        for (const [tool, pages] of Object.entries(optionalPages)) {
          if (!isShown(config, tool as OptionalTool)) continue;
          for (const [pattern, file] of pages) {
            injectRoute({ pattern, entrypoint: `./src/optional-pages/${file}` });
          }
        }
      },
    },
  };
}
