/** The planner's phrases with a count, filled in with `pluralCount`. */
import type { Plural } from '~/i18n/plural';

export const phrases = {
  found: { one: '{n} goal found.', other: '{n} goals found.' },
  /** `{done}` of `{n}` steps. */
  stepsDone: { one: '{done} of {n} step done', other: '{done} of {n} steps done' },
  icsSaved: {
    one: 'Calendar file saved with {n} date. Open it with your calendar app; importing it again updates the same events.',
    other:
      'Calendar file saved with {n} dates. Open it with your calendar app; importing it again updates the same events.',
  },
  /** A goal whose target is still ahead, with late steps. */
  stepsOverdue: { one: '{n} step overdue', other: '{n} steps overdue' },
  /** The list's count of goals past their target date. */
  goalsOverdue: { one: '{n} goal overdue', other: '{n} goals overdue' },
  /** The list's count of goals with late steps only. */
  goalsWithLateSteps: {
    one: '{n} goal with a step overdue',
    other: '{n} goals with steps overdue',
  },
  /** The list's count of goals with a date within 14 days. */
  goalsSoon: { one: '{n} due within 14 days', other: '{n} due within 14 days' },
  /** A step moved to `{to}` of `{n}`. */
  moved: {
    one: 'Moved "{text}" to position {to} of {n}.',
    other: 'Moved "{text}" to position {to} of {n}.',
  },
} satisfies Record<string, Plural>;
