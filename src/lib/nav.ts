/**
 * The primary navigation. Only pages that are built appear, so a school that hides a tool
 * never shows a dead link. About, Privacy and Accessibility are in the footer.
 */
import { t } from '~/i18n';
import { tools } from './tools';

export interface NavItem {
  label: string;
  /** Site-root path. */
  path: string;
}

const candidates: (NavItem & { built: boolean })[] = [
  { label: t.nav.guides, path: '/guides/', built: true },
  { label: t.nav.assessments, path: tools.assessments.path, built: tools.assessments.built },
  { label: t.nav.plan, path: tools.plan.path, built: tools.plan.built },
  { label: t.nav.mentors, path: tools.mentors.path, built: tools.mentors.built },
  { label: t.nav.network, path: tools.network.path, built: tools.network.built },
  { label: t.nav.glossary, path: '/glossary/', built: true },
  { label: t.nav.myData, path: tools['my-data'].path, built: tools['my-data'].built },
];

/** Navigation items in display order. */
export const primaryNav: NavItem[] = candidates
  .filter((item) => item.built)
  .map(({ label, path }) => ({ label, path }));
