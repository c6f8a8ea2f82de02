/**
 * What is late or near in a goal, in the same words on its card and on its page: "Goal overdue"
 * (its target date has passed), "1 step overdue" (the target is still ahead) or "Due within 14
 * days". The kind is worked out in src/lib/goals/summary.ts (goalDue).
 */
import { pluralCount } from '~/i18n/plural';
import type { GoalDue } from '~/lib/goals/summary';
import { phrases } from './phrases';

/** The badge's words for a goal's due state, or null when nothing is late or near. */
export function dueText(due: GoalDue, locale: string): string | null {
  switch (due.kind) {
    case 'goal-overdue':
      return 'Goal overdue';
    case 'steps-overdue':
      return pluralCount(locale, due.steps, phrases.stepsOverdue);
    case 'soon':
      return 'Due within 14 days';
    case 'none':
      return null;
  }
}

export default function DueBadge({ due, locale }: { due: GoalDue; locale: string }) {
  const text = dueText(due, locale);
  if (!text) return null;
  return <span class={`badge badge--${due.kind === 'soon' ? 'soon' : 'overdue'}`}>{text}</span>;
}
