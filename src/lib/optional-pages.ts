/**
 * The pages a school can switch off in medmentor.config.ts (the mentor directory, My network and
 * the partnership tools). They live in src/optional-pages/; the site-config integration adds
 * the shown ones to the build, and navigation and tool links ask `isShown`.
 */
import type { SiteConfig } from './schemas/config';

/** The optional pages of each switch: route pattern and file under src/optional-pages/. */
export const optionalPages = {
  directory: [
    ['/mentors', 'mentors/index.astro'],
    ['/mentors/index.json', 'mentors/index.json.ts'],
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
