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
  /** Who the instrument speaks to: a mentor's goals are about their mentoring. */
  audience: 'mentee' | 'mentor';
  /** The instrument's band labels by id ("strong-need": "A strong need"). */
  bands: Record<string, string>;
}

/** An area a goal is made from, from "Make this a goal": the domain and the band it is in. */
export interface GoalSource extends DomainOption {
  /** The band's label, when the link named a band the instrument has. */
  band: string | null;
}

/** Guide titles and links by guide id (track/slug). */
export type GuideIndex = Record<string, { title: string; href: string }>;
