/**
 * Example: a school with its own colors and logo, the CanMEDS framework, the directory and the
 * network map switched off, and its own contact and footer links. The tests build the site with
 * this file (`node scripts/build.mjs --config examples/school.config.ts`).
 */
import type { SiteConfigInput } from '../src/lib/schemas/config';

const config: SiteConfigInput = {
  siteName: 'Riverside Mentors',
  organization: 'Riverside School of Medicine (fictional)',
  tagline: 'Mentoring for Riverside learners, from first year to residency',
  language: 'en-CA',
  competencyFramework: 'canmeds',
  logo: { src: '/favicon.svg', alt: 'Riverside Mentors' },
  colors: { primary: '#6b2d5c', accent: '#8a4b00' },
  contact: { name: 'Office of Learner Affairs', email: 'mentoring@example.org' },
  footerLinks: [
    { label: 'Learner wellbeing', href: 'https://example.org/wellbeing' },
    { label: 'Glossary', href: '/glossary/' },
  ],
  tracks: ['mentees', 'mentors'],
  directory: false,
  tools: { network: false },
  facilitatorView: true,
  supportText:
    'Riverside learners can reach the Learner Wellbeing Office in confidence on weekdays, and after hours through the support line listed on the school intranet.\n\nIf you or someone else is in immediate danger, call your local emergency number now.',
};

export default config;
