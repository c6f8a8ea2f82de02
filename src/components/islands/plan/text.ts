/**
 * The planner's form wording: the SMART fields with their help and examples. The goal's time
 * bound is its target date ("Target date (by when?)"), so it is asked once; the old "Time-bound"
 * text of goals saved before is shown, read-only, as an earlier note.
 */
import type { GoalFields } from '~/lib/goals/model';

type SmartKey = keyof Pick<GoalFields, 'specific' | 'measurable' | 'achievable' | 'relevant'>;

/** The SMART fields asked in words, each with a question and an example answer (T is the date). */
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
];

export const whoCanHelpLabel = 'Who can help (mentor, peer, sponsor…)';

/** The goal's time bound, asked once, as a date. */
export const targetDateLabel = 'Target date (by when?)';

/** A goal's "Time-bound" text from before the date took its place: shown, never asked. */
export const earlierTimeBoundLabel = 'By when (earlier note)';
