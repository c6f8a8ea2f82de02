/**
 * Goal plans, stored at `medmentor:plan`.
 *
 * Version 1: `{ version: 1, goals: Goal[] }`. A goal has the SMART fields, a target date and a
 * status, an optional link to a self-assessment domain, linked guides, who can help, action
 * steps (a checklist with due dates, in the person's order) and a dated progress log.
 * Dates the person picks are calendar dates ("2026-12-01"); times of changes are ISO 8601.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const iso = z.iso.datetime();

export const goalStatuses = ['not-started', 'in-progress', 'done', 'paused'] as const;

export const stepSchema = z.object({
  id: text(80),
  text: text(500),
  done: z.boolean(),
  due: z.nullable(day),
  /** When it was checked off, for "progress since the last meeting". */
  doneAt: z.nullable(iso),
});

export const logEntrySchema = z.object({
  id: text(80),
  date: day,
  /** What I did. */
  did: text(5000),
  /** What I learned. */
  learned: text(5000),
});

export const goalSchema = z.object({
  id: text(80),
  title: text(200),
  specific: text(2000),
  measurable: text(2000),
  achievable: text(2000),
  relevant: text(2000),
  timeBound: text(2000),
  targetDate: z.nullable(day),
  status: z.enum(goalStatuses),
  archived: z.boolean(),
  /** The self-assessment domain or need this goal works on. */
  link: z.nullable(z.object({ instrument: text(80), domain: text(80), name: text(200) })),
  /** Guide ids (track/slug). */
  guides: z.array(text(120)).check(z.maxLength(20)),
  /** Who can help: mentor, peer, sponsor, ... (free text). */
  whoCanHelp: text(1000),
  steps: z.array(stepSchema).check(z.maxLength(200)),
  log: z.array(logEntrySchema).check(z.maxLength(500)),
  createdAt: iso,
  updatedAt: iso,
});

export const planSchema = z.object({
  version: z.literal(1),
  goals: z.array(goalSchema).check(z.maxLength(2000)),
});

export type GoalStatus = (typeof goalStatuses)[number];
export type Step = z.infer<typeof stepSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Plan = z.infer<typeof planSchema>;
