/** What the plan page passes to the planner, gathered from content at build time. */
import type { TemplateLike } from '~/lib/goals/template';

/** A goal template a new goal can start from. */
export type TemplateOption = TemplateLike & { id: string };

/** A self-assessment domain a goal can work on ("Make this a goal" links to one). */
export interface DomainOption {
  instrument: string;
  domain: string;
  name: string;
  instrumentTitle: string;
  guides: string[];
}

/** Guide titles and links by guide id (track/slug). */
export type GuideIndex = Record<string, { title: string; href: string }>;
