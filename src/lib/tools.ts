import { isShown } from './optional-pages';
import { t } from '~/i18n';
import { config } from './config';

/**
 * The tools a guide can link to. A tool is linked only while its page is built
 * (`built: true`); until then `ToolLink` renders plain text, so links never break.
 */

/** Tool ids usable in guide frontmatter (`relatedTools`) and in `<ToolLink tool="...">`. */
export const toolIds = [
  'assessments',
  'plan',
  'brief',
  'agreement',
  'meetings',
  'mentors',
  'network',
  'check-in',
  'my-data',
  'evaluate',
] as const;

export type ToolId = (typeof toolIds)[number];

export interface Tool {
  /** Name shown in lists of related tools. */
  label: string;
  /** Site-root path of the tool's page. */
  path: string;
  /** Whether the page exists in this build (a school can switch some off in the config). */
  built: boolean;
}

export const tools: Record<ToolId, Tool> = {
  assessments: { label: t.tools.assessments, path: '/assessments/', built: true },
  plan: { label: t.tools.plan, path: '/plan/', built: true },
  brief: { label: t.tools.brief, path: '/plan/brief/', built: isShown(config, 'brief') },
  agreement: {
    label: t.tools.agreement,
    path: '/plan/agreement/',
    built: isShown(config, 'agreement'),
  },
  meetings: {
    label: t.tools.meetings,
    path: '/plan/meetings/',
    built: isShown(config, 'meetings'),
  },
  mentors: { label: t.tools.mentors, path: '/mentors/', built: isShown(config, 'directory') },
  network: { label: t.tools.network, path: '/network/', built: isShown(config, 'network') },
  'check-in': { label: t.tools['check-in'], path: '/check-in/', built: true },
  'my-data': { label: t.tools['my-data'], path: '/my-data/', built: true },
  evaluate: { label: t.tools.evaluate, path: '/evaluate/', built: true },
};
