/**
 * The meeting brief: the chosen goals with progress since the last meeting, the latest
 * self-assessment results, and questions for the mentor, as data for the printable page and
 * as Markdown to paste into an email or notes app.
 */
import type { Goal } from '../schemas/plan';
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

/** What changed for each goal since `since` (a calendar date, or null for "ever"). */
export function briefGoals(goals: readonly Goal[], since: string | null): BriefGoal[] {
  return goals.map((goal) => ({
    goal,
    doneSince: goal.steps
      .filter((s) => s.done && (!since || (s.doneAt ?? '').slice(0, 10) > since))
      .map((s) => s.text),
    logSince: goal.log.filter((entry) => !since || entry.date > since),
    nextSteps: goal.steps
      .filter((s) => !s.done)
      .slice(0, 3)
      .map((s) => s.text),
  }));
}

const line = (text: string) => text.replace(/\s+/g, ' ').trim();

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
        `- ${line(r.title)} (${r.completedAt.slice(0, 10)}): ${r.highTitle}: ${r.high.join(', ') || 'none stands out'}. ${r.lowTitle}: ${r.low.join(', ') || 'none stands out'}.`,
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
