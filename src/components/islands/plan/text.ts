/** The planner's form wording: the SMART fields with their help and examples. */
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
