/**
 * The primary navigation. Only pages that are built appear, so a school that hides a tool
 * (or a tool not built yet) never shows a dead link.
 */
import { tools } from './tools';

export interface NavItem {
  label: string;
  /** Site-root path. */
  path: string;
}

const candidates: (NavItem & { built: boolean })[] = [
  { label: 'Guides', path: '/guides/', built: true },
  { label: 'Assessments', path: tools.assessments.path, built: tools.assessments.built },
  { label: 'My plan', path: tools.plan.path, built: tools.plan.built },
  { label: 'Mentors', path: tools.mentors.path, built: tools.mentors.built },
  { label: 'Network', path: tools.network.path, built: tools.network.built },
  { label: 'Glossary', path: '/glossary/', built: true },
  { label: 'My data', path: tools['my-data'].path, built: tools['my-data'].built },
  { label: 'About', path: '/about/', built: true },
];

/** Navigation items in display order. */
export const primaryNav: NavItem[] = candidates
  .filter((item) => item.built)
  .map(({ label, path }) => ({ label, path }));
