/**
 * The meeting brief: the chosen goals with progress since the last meeting, the latest
 * self-assessment results, and questions for the mentor, as data for the printable page and
 * as Markdown to paste into an email or notes app. Every text a person typed (or imported) is
 * escaped, so a Markdown viewer shows it as written: never a link, HTML or formatting.
 */
import { localDay } from '../dates';
import type { Goal } from '../schemas/plan';
import { stripBidiControls, stripControls } from '../text';
import { progress, statusLabels } from './model';

export interface BriefResults {
  title: string;
  completedAt: string;
  highTitle: string;
  high: string[];
  lowTitle: string;
  low: string[];
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
}): string {
  const out = [`# Meeting brief, ${input.date}`, ''];
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
      out.push(
        `- ${line(r.title)} (${localDay(r.completedAt)}): ${line(r.highTitle)}: ${r.high.map(line).join(', ') || 'none stands out'}. ${line(r.lowTitle)}: ${r.low.map(line).join(', ') || 'none stands out'}.`,
      );
    }
    out.push('');
  }
  const questions = input.questions.split('\n').map(line).filter(Boolean);
  if (questions.length) {
    out.push('## Questions for my mentor', '');
    for (const q of questions) out.push(`- ${q}`);
    out.push('');
  }
  out.push('## Notes', '', '');
  return out.join('\n');
}
