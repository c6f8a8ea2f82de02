/**
 * The build side of medmentor.config.ts: the school's brand colors as CSS, and the pages a
 * school can switch off in medmentor.config.ts (the mentor directory, My network and
 * the partnership tools). They live in src/optional-pages/ and are added to the build only when
 * shown, so a hidden tool has no page, no link and no entry in search or the offline cache.
 */
import type { AstroIntegration } from 'astro';
import { brandCss } from '../lib/brand-css';
import type { SiteConfig } from '../lib/schemas/config';

/** The module BaseLayout imports for the school's colors (see brandCss). */
const BRAND_CSS = 'virtual:medmentor/brand.css';

/** The optional pages of each switch: route pattern and file under src/optional-pages/. */
export const optionalPages = {
  directory: [
    ['/mentors', 'mentors/index.astro'],
    ['/mentors/[slug]', 'mentors/[slug].astro'],
  ],
  network: [['/network', 'network.astro']],
  brief: [['/plan/brief', 'plan/brief.astro']],
  agreement: [['/plan/agreement', 'plan/agreement.astro']],
  meetings: [['/plan/meetings', 'plan/meetings.astro']],
} as const;

export type OptionalTool = keyof typeof optionalPages;

/** Whether a switchable tool is shown under this configuration. */
export function isShown(config: SiteConfig, tool: OptionalTool): boolean {
  return tool === 'directory' ? config.directory : config.tools[tool];
}

export function siteConfigIntegration(config: SiteConfig): AstroIntegration {
  return {
    name: 'medmentor:optional-pages',
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
