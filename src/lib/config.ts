import userConfig from 'medmentor:config';
import { parseSiteConfig } from './schemas/config';

/** The validated site configuration, read once at build time. */
export const config = parseSiteConfig(userConfig);

/** The school's local support text as paragraphs (`supportText`, split at blank lines). */
export function supportParagraphs(): string[] {
  return config.supportText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
