/**
 * MedMentor site configuration: the one file a school edits to make the site its own.
 * Every field is optional; see src/lib/schemas/config.ts for what each one means.
 */
import type { SiteConfigInput } from './src/lib/schemas/config';

const config: SiteConfigInput = {
  siteName: 'MedMentor',
  tagline: 'Mentoring for medical students and young healthcare professionals',
  language: 'en-US',
  competencyFramework: 'aamc',
  facilitatorView: true,
};

export default config;
