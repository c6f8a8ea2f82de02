/**
 * Links to the program leads' docs (docs/ in the repository) for the "Running a mentorship
 * program" track. The deploy workflow passes the repository's address as REPOSITORY_URL; without
 * it (a local build), the docs are named by their path instead of linked.
 */
export const programLeadDocs = Object.entries({
  'program-leads.md': 'Make it yours and publish it',
  'configuration.md': 'Every setting in medmentor.config.ts',
  'authoring-guides.md': 'Add or edit a guide',
  'authoring-instruments.md': 'Add a self-assessment or a framework pack',
  'listing-mentors.md': 'List your mentors',
  'branding.md': 'Change colors and logo',
  'workshops.md': 'Run a mentor-training workshop',
  'evaluating.md': "Evaluate your program without collecting anyone's data",
  'translating.md': 'Translate the interface',
}).map(([file, title]) => ({ file, title }));

/** The web address of a doc, or null when the repository's address is not known. */
export function docHref(file: string, repository = process.env.REPOSITORY_URL): string | null {
  const base = repository?.trim().replace(/\/+$/, '');
  return base && /^https:\/\/\S+$/.test(base) ? `${base}/blob/HEAD/docs/${file}` : null;
}
