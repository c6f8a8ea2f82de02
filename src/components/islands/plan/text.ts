/** The planner's wording: the SMART fields with help and examples, and its plural phrases. */
import type { Plural } from '~/i18n/plural';
import type { GoalFields } from '~/lib/goals/model';

type SmartKey = keyof Pick<
  GoalFields,
  'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound'
>;

/** The five SMART fields, each with a question and an example answer. */
export const smart: { key: SmartKey; label: string; help: string; example: string }[] = [
  {
    key: 'specific',
    label: 'Specific',
    help: 'What exactly will you do?',
    example: 'Present one case at the department research meeting.',
  },
  {
    key: 'measurable',
    label: 'Measurable',
    help: 'How will you know you did it?',
    example: 'The talk is given and I have written feedback from two people.',
  },
  {
    key: 'achievable',
    label: 'Achievable',
    help: 'Why is it realistic now, and what will it take?',
    example: 'My supervisor offered a slot; I need about four evenings.',
  },
  {
    key: 'relevant',
    label: 'Relevant',
    help: 'Why does it matter for you now?',
    example: 'Presenting is a growth area and helps my residency application.',
  },
  {
    key: 'timeBound',
    label: 'Time-bound',
    help: 'By when?',
    example: 'By the end of this rotation, in six weeks.',
  },
];

export const whoCanHelpLabel = 'Who can help (mentor, peer, sponsor…)';

/** Plural phrases, filled in with `pluralCount`. */
export const phrases = {
  found: { one: '{n} goal found.', other: '{n} goals found.' },
  /** `{done}` of `{n}` steps. */
  stepsDone: { one: '{done} of {n} step done', other: '{done} of {n} steps done' },
  icsSaved: {
    one: 'Calendar file saved with {n} date. Open it with your calendar app; importing it again updates the same events.',
    other:
      'Calendar file saved with {n} dates. Open it with your calendar app; importing it again updates the same events.',
  },
  /** A step moved to `{to}` of `{n}`. */
  moved: {
    one: 'Moved "{text}" to position {to} of {n}.',
    other: 'Moved "{text}" to position {to} of {n}.',
  },
} satisfies Record<string, Plural>;
