/**
 * Goal plans, stored at `medmentor:plan`.
 *
 * Version 1: `{ version: 1, goals: Goal[] }`. A goal has the SMART fields, a target date and a
 * status, an optional link to a self-assessment domain, linked guides, who can help, action
 * steps (a checklist with due dates, in the person's order) and a dated progress log.
 * Dates the person picks are calendar dates ("2026-12-01"); times of changes are ISO 8601.
 */
import * as z from 'zod/mini';
import { calendarDate as day } from '../dates';

/**
 * The limits of a plan, defined once: text lengths in characters, list lengths in items. The
 * schema checks them on reading, on saving and on import; the inputs take their `maxLength` from
 * here.
 */
export const planLimits = {
  /** An id (goal, step, log entry, growth area). */
  id: 80,
  title: 200,
  specific: 2000,
  measurable: 2000,
  achievable: 2000,
  relevant: 2000,
  timeBound: 2000,
  whoCanHelp: 1000,
  /** The name of the linked growth area. */
  linkName: 200,
  /** A guide id (track/slug). */
  guide: 120,
  /** Guides linked to one goal. */
  guides: 20,
  /** The text of one action step. */
  step: 500,
  /** Steps of one goal. */
  steps: 200,
  /** "What I did" of a log entry. */
  did: 5000,
  /** "What I learned" of a log entry. */
  learned: 5000,
  /** Entries in one goal's progress log. */
  log: 500,
  /** Goals in the plan, archived ones included. */
  goals: 2000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const iso = z.iso.datetime();
const id = text(planLimits.id);

export const goalStatuses = ['not-started', 'in-progress', 'done', 'paused'] as const;

export const stepSchema = z.object({
  id,
  text: text(planLimits.step),
  done: z.boolean(),
  due: z.nullable(day),
  /** When it was checked off, for "progress since the last meeting". */
  doneAt: z.nullable(iso),
});

export const logEntrySchema = z.object({
  id,
  date: day,
  /** What I did. */
  did: text(planLimits.did),
  /** What I learned. */
  learned: text(planLimits.learned),
});

export const goalSchema = z.object({
  id,
  title: text(planLimits.title),
  specific: text(planLimits.specific),
  measurable: text(planLimits.measurable),
  achievable: text(planLimits.achievable),
  relevant: text(planLimits.relevant),
  timeBound: text(planLimits.timeBound),
  targetDate: z.nullable(day),
  status: z.enum(goalStatuses),
  archived: z.boolean(),
  /** The self-assessment domain or need this goal works on. */
  link: z.nullable(z.object({ instrument: id, domain: id, name: text(planLimits.linkName) })),
  /** Guide ids (track/slug). */
  guides: z.array(text(planLimits.guide)).check(z.maxLength(planLimits.guides)),
  /** Who can help: mentor, peer, sponsor, ... (free text). */
  whoCanHelp: text(planLimits.whoCanHelp),
  steps: z.array(stepSchema).check(z.maxLength(planLimits.steps)),
  log: z.array(logEntrySchema).check(z.maxLength(planLimits.log)),
  createdAt: iso,
  updatedAt: iso,
});

export const planSchema = z.object({
  version: z.literal(1),
  goals: z.array(goalSchema).check(z.maxLength(planLimits.goals)),
});

export type GoalStatus = (typeof goalStatuses)[number];
export type Step = z.infer<typeof stepSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Plan = z.infer<typeof planSchema>;
