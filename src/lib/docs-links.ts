/**
 * Links to the program leads' docs (docs/ in the repository) for the "Running a mentorship
 * program" track. The deploy workflow passes the repository's address as REPOSITORY_URL; without
 * it (a local build), the docs are named by their path instead of linked.
 */
export const programLeadDocs = [
  { file: 'program-leads.md', title: 'Make it yours and publish it' },
  { file: 'configuration.md', title: 'Every setting in medmentor.config.ts' },
  { file: 'authoring-guides.md', title: 'Add or edit a guide' },
  { file: 'authoring-instruments.md', title: 'Add a self-assessment or a framework pack' },
  { file: 'listing-mentors.md', title: 'List your mentors' },
  { file: 'branding.md', title: 'Change colors and logo' },
  { file: 'workshops.md', title: 'Run a mentor-training workshop' },
  { file: 'translating.md', title: 'Translate the interface' },
] as const;

/** The web address of a doc, or null when the repository's address is not known. */
export function docHref(file: string, repository = process.env.REPOSITORY_URL): string | null {
  const base = repository?.trim().replace(/\/+$/, '');
  return base && /^https:\/\/\S+$/.test(base) ? `${base}/blob/HEAD/docs/${file}` : null;
}
