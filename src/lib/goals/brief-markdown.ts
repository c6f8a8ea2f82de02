/**
 * The meeting brief as Markdown, to paste into an email or a notes app (loaded when the person
 * saves it). Every text a person typed (or imported) is escaped, so a Markdown viewer shows it
 * as written: never a link, HTML or formatting.
 */
import { localDay } from '../dates';
import { stripBidiControls, stripControls } from '../text';
import { progress, statusLabels } from './model';
import { resultLine, type BriefGoal, type BriefResults } from './brief';

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
