/**
 * Filling a new goal from a starter template: the SMART text, who can help, a target date the
 * suggested number of weeks from today, the domain it works on and that domain's guides.
 */
import type { Goal } from '../schemas/plan';
import { addDays } from '../dates';
import type { GoalFields } from './model';

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
      timeBound: template.timeBound,
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
