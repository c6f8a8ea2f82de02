/**
 * Filling a new goal from a starter template: the SMART text, who can help, a target date the
 * suggested number of weeks from today (the goal's time bound), the domain it works on and that domain's guides.
 */
import type { Goal } from '../schemas/plan';
import { addDays } from '../dates';
import { emptyFields, type GoalFields } from './model';

export interface TemplateLike {
  instrument: string;
  domain: string;
  domainName: string;
  title: string;
  specific: string;
  measurable: string;
  achievable: string;
  relevant: string;
  timeBound: string;
  weeks: number;
  whoCanHelp: string;
  steps: string[];
  guides: string[];
}

/** The goal fields and steps from a template; an existing link (from results) is kept. */
export function fillFromTemplate(
  template: TemplateLike,
  todayDate: string,
  link: Goal['link'] = null,
): { fields: GoalFields; steps: string[] } {
  return {
    fields: {
      title: template.title,
      specific: template.specific,
      measurable: template.measurable,
      achievable: template.achievable,
      relevant: template.relevant,
      // The target date is the time bound (weeks from today): the template's own words for it
      // are not asked again, so a new goal leaves the earlier field empty.
      timeBound: '',
      whoCanHelp: template.whoCanHelp,
      targetDate: addDays(todayDate, template.weeks * 7),
      link: link ?? {
        instrument: template.instrument,
        domain: template.domain,
        name: template.domainName,
      },
      guides: template.guides,
    },
    steps: [...template.steps],
  };
}

/** The area a goal is made from ("Make this a goal"), as the planner knows it. */
export interface GoalOrigin {
  instrument: string;
  domain: string;
  name: string;
  /** The area's guides (track/slug). */
  guides: readonly string[];
}

/**
 * The new-goal form as it opens: empty, or, when it comes from a result, filled from the first
 * template for that area (its SMART text, steps and target date), linked to the area, with the
 * area's guides first. `template` names the template used, or null.
 */
export function startingGoal(
  origin: GoalOrigin | null,
  templates: readonly (TemplateLike & { id: string })[],
  todayDate: string,
): { fields: GoalFields; steps: string[]; template: string | null } {
  const link = origin && {
    instrument: origin.instrument,
    domain: origin.domain,
    name: origin.name,
  };
  const template = origin
    ? templates.find((t) => t.instrument === origin.instrument && t.domain === origin.domain)
    : undefined;
  if (!origin || !template) {
    return {
      fields: { ...emptyFields(), link, guides: origin ? [...origin.guides] : [] },
      steps: [],
      template: null,
    };
  }
  const filled = fillFromTemplate(template, todayDate, link);
  const guides = [...new Set([...origin.guides, ...template.guides])];
  return { fields: { ...filled.fields, guides }, steps: filled.steps, template: template.id };
}
