import userConfig from 'medmentor:config';
import { parseSiteConfig } from './schemas/config';

/** The validated site configuration, read once at build time. */
export const config = parseSiteConfig(userConfig);
