/**
 * Starter goal templates (src/content/goal-templates/templates.yaml). Each names a domain of a
 * self-assessment; a template whose instrument or domain is not shown on this site (another
 * framework pack) is left out, and one naming a domain that exists nowhere fails the build.
 */
import { getCollection } from 'astro:content';
import type { TemplateLike } from '../goals/template';
import { getInstruments } from './assessments';

/** A template as the planner receives it, with its domain's name and guides. */
export type GoalTemplate = TemplateLike & { id: string };

export async function getGoalTemplates(): Promise<GoalTemplate[]> {
  const [entries, instruments] = await Promise.all([
    getCollection('goalTemplates'),
    getInstruments(),
  ]);
  const all = (await getCollection('assessments')).map((e) => e.data);
  const templates: GoalTemplate[] = [];
  for (const { id, data } of entries) {
    const known = all.some(
      (i) => i.instrument === data.instrument && i.domains.some((d) => d.id === data.domain),
    );
    if (!known) {
      throw new Error(
        `src/content/goal-templates/templates.yaml (${id}): no self-assessment "${data.instrument}" has a domain "${data.domain}"`,
      );
    }
    const instrument = instruments.find((i) => i.instrument === data.instrument);
    const domain = instrument?.domains.find((d) => d.id === data.domain);
    if (!domain) continue; // belongs to a framework pack this site does not show
    templates.push({ id, ...data, domainName: domain.name, guides: domain.relatedGuides });
  }
  return templates;
}
