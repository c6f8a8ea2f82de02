/**
 * The meeting brief: the chosen goals with progress since the last meeting, the latest
 * self-assessment results (in the words of their bands, as the results page says them), and
 * questions for the mentor, as data for the printable page (the Markdown copy is in
 * brief-markdown.ts, loaded when it is saved).
 */
import { bandLine, focusLine, focusTitle, summarizeAttempt } from '../assessment/summary';
import { localDay } from '../dates';
import type { Attempt } from '../schemas/assessments';
import type { Goal } from '../schemas/plan';
import { stripBidiControls, stripControls } from '../text';

export interface BriefResults {
  title: string;
  completedAt: string;
  /** "Ana's top needs", "Growth areas as a mentor". */
  focusTitle: string;
  /** "Guidance and support (a strong need)", or null when no area is in a band to work on. */
  focus: string | null;
  /** Each band with its areas: "A strong need: Guidance and support. Met for now: …". */
  bands: string;
  /** The areas scored close together, so the differences between them are small. */
  close: boolean;
}

/** What the brief says of one completed self-assessment; `name` is the person's, if given. */
export function briefResults(attempt: Attempt, name: string | null): BriefResults {
  const summary = summarizeAttempt(attempt);
  return {
    title: attempt.title,
    completedAt: attempt.completedAt,
    focusTitle: focusTitle(attempt, name),
    focus: focusLine(summary),
    bands: bandLine(summary),
    close: summary.close,
  };
}

/** The words for no area in a band to work on. */
export const noFocus = 'none of the areas is in a band to work on';

/** A result in one line: "Top needs: Guidance and support (a strong need). A strong need: …". */
export function resultLine(r: BriefResults): string {
  return [
    `${r.focusTitle}: ${r.focus ?? noFocus}.`,
    r.bands,
    r.close ? 'The areas scored close together, so the differences between them are small.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The longest mentor name `?mentor=` may carry. */
export const MENTOR_NAME_MAX = 120;

/** The mentor a brief is for, from the page's query (`?mentor=Dr.%20Lee`); null when none fits. */
export function mentorFromQuery(search: string): string | null {
  const text = stripControls(stripBidiControls(new URLSearchParams(search).get('mentor') ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= MENTOR_NAME_MAX ? text : null;
}

export interface BriefGoal {
  goal: Goal;
  /** Steps checked off since the last meeting (or ever, when there was none). */
  doneSince: string[];
  /** Log entries dated after the last meeting. */
  logSince: { date: string; did: string; learned: string }[];
  nextSteps: string[];
}

/**
 * What changed for each goal since `since` (a calendar date, or null for "ever"). A step counts
 * on the day it was ticked in the person's time zone, as everywhere else in the app.
 */
export function briefGoals(goals: readonly Goal[], since: string | null): BriefGoal[] {
  return goals.map((goal) => ({
    goal,
    doneSince: goal.steps
      .filter((s) => s.done && (!since || localDay(s.doneAt ?? '') > since))
      .map((s) => s.text),
    logSince: goal.log.filter((entry) => !since || entry.date > since),
    nextSteps: goal.steps
      .filter((s) => !s.done)
      .slice(0, 3)
      .map((s) => s.text),
  }));
}
