/**
 * The meeting brief: the chosen goals with progress since the last meeting, the latest
 * self-assessment results (in the words of their bands, as the results page says them), and
 * questions for the mentor, as data for the printable page and as Markdown to paste into an
 * email or notes app. Every text a person typed (or imported) is escaped, so a Markdown viewer
 * shows it as written: never a link, HTML or formatting.
 */
import { bandLine, focusLine, focusTitle, summarizeAttempt } from '../assessment/summary';
import { localDay } from '../dates';
import type { Attempt } from '../schemas/assessments';
import type { Goal } from '../schemas/plan';
import { stripBidiControls, stripControls } from '../text';
import { progress, statusLabels } from './model';

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

/** Text to show as written: trimmed, with control characters removed; null when empty or over `max`. */
export function plainParam(value: string | null, max: number): string | null {
  const text = stripControls(stripBidiControls(value ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= max ? text : null;
}

/** The longest mentor name `?mentor=` may carry. */
export const MENTOR_NAME_MAX = 120;

/** The mentor a brief is for, from the page's query (`?mentor=Dr.%20Lee`); null when none fits. */
export function mentorFromQuery(search: string): string | null {
  return plainParam(new URLSearchParams(search).get('mentor'), MENTOR_NAME_MAX);
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

/**
 * One line of Markdown that shows `text` literally: whitespace (line breaks too) collapsed,
 * other control characters and bidirectional controls removed, and every character that
 * Markdown or HTML would read escaped with a backslash (CommonMark lets any ASCII punctuation
 * be escaped). A text that starts a list item must not start a list, quote or heading of its
 * own: "1." and "-" too.
 */
export function markdownText(text: string): string {
  return stripControls(stripBidiControls(text))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const line = markdownText;

/** The brief as Markdown. */
export function briefMarkdown(input: {
  date: string;
  since: string | null;
  goals: BriefGoal[];
  results: BriefResults[];
  questions: string;
  /** The heading of the questions. Default: "Questions for my mentor". */
  questionsTitle?: string;
  /** The person's first name, if given. */
  from?: string | null;
  /** The mentor the brief is for, if known. */
  mentor?: string | null;
}): string {
  const out = [`# Meeting brief, ${input.date}`, ''];
  const people = [
    input.from ? `From ${line(input.from)}` : '',
    input.mentor ? `For ${line(input.mentor)}` : '',
  ].filter(Boolean);
  if (people.length) out.push(`${people.join('. ')}.`, '');
  if (input.since) out.push(`Progress since our last meeting on ${input.since}.`, '');
  if (input.goals.length) {
    out.push('## Goals', '');
    for (const { goal, doneSince, logSince, nextSteps } of input.goals) {
      const { done, total } = progress(goal);
      out.push(`### ${line(goal.title)}`, '');
      out.push(
        `- Status: ${statusLabels[goal.status]}, ${done} of ${total} steps done${goal.targetDate ? `, target ${goal.targetDate}` : ''}`,
      );
      if (goal.link) out.push(`- Works on: ${line(goal.link.name)}`);
      for (const text of doneSince) out.push(`- Done: ${line(text)}`);
      for (const entry of logSince) {
        out.push(
          `- ${entry.date}: ${line(entry.did)}${entry.learned.trim() ? ` (learned: ${line(entry.learned)})` : ''}`,
        );
      }
      for (const text of nextSteps) out.push(`- Next: ${line(text)}`);
      out.push('');
    }
  }
  if (input.results.length) {
    out.push('## Self-assessment results', '');
    for (const r of input.results) {
      out.push(`- ${line(r.title)} (${localDay(r.completedAt)}): ${line(resultLine(r))}`);
    }
    out.push('');
  }
  const questions = input.questions.split('\n').map(line).filter(Boolean);
  if (questions.length) {
    out.push(`## ${line(input.questionsTitle ?? 'Questions for my mentor')}`, '');
    for (const q of questions) out.push(`- ${q}`);
    out.push('');
  }
  out.push('## Notes', '', '');
  return out.join('\n');
}
