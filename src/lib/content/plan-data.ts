/**
 * What the planner pages need from content, gathered once at build time: templates, the
 * domains a goal can work on, and the titles and links of guides they point to.
 */
import { getInstruments, instrumentGuides } from './assessments';
import { getGoalTemplates } from './goal-templates';

export async function getPlanData(url: (path: string) => string) {
  const instruments = await getInstruments();
  const templates = await getGoalTemplates();
  const domains = instruments.flatMap((i) =>
    i.domains.map((d) => ({
      instrument: i.instrument,
      instrumentTitle: i.title,
      domain: d.id,
      name: d.name,
      guides: d.relatedGuides,
      audience: i.results.audience,
      bands: Object.fromEntries(i.results.bands.map((b) => [b.id, b.label])),
    })),
  );
  const guideLists = await Promise.all(instruments.map((i) => instrumentGuides(i, url)));
  const guides = Object.fromEntries(guideLists.flatMap((list) => Object.entries(list)));
  return { templates, domains, guides };
}
