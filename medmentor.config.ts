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
  // Program leads: the cohort code every anonymous evaluation response carries. Replace the
  // example with your cohort's code, e.g. 'Class of 2028', or set '' to turn evaluation
  // responses off (people are then told the program has not set up evaluation). minGroupSize
  // (default 5) is the smallest group a figure is shown for; it may be raised, never lowered.
  // See docs/evaluating.md and docs/evaluation-response.md.
  evaluation: { cohort: 'Example cohort', minGroupSize: 5 },
};

export default config;
