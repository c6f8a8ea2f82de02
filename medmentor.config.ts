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
  // Program leads: to collect anonymous evaluation responses, set your cohort's code here, e.g.
  // cohort: 'Class of 2028'. Left empty, people are told evaluation is not set up. minGroupSize
  // (default 5) is the smallest group a figure is shown for; it may be raised, never lowered.
  // See docs/evaluating.md and docs/evaluation-response.md.
  evaluation: { cohort: '', minGroupSize: 5 },
};

export default config;
