/**
 * The components guide authors use. Import from here in MDX:
 * `import { Callout, Activity } from '~/components/mdx';`
 */
export { default as Activity } from './Activity.astro';
export { default as Callout } from './Callout.astro';
export { default as Case } from './Case.astro';
export { default as Cite } from './Cite.astro';
export { default as FacilitatorNote } from './FacilitatorNote.astro';
export { default as KeyPoints } from './KeyPoints.astro';
export { default as Link } from './Link.astro';
export { default as Objectives } from './Objectives.astro';
export { default as Reflection } from './Reflection.astro';
export { default as SupportNote } from './SupportNote.astro';
export { default as Term } from './Term.astro';
export { default as ToolLink } from './ToolLink.astro';
