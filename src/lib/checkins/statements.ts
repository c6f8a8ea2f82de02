/**
 * The check-in's five statements and its agree scale: MedMentor's own wording, written for this
 * check-in (not taken from any published instrument). The ids are fixed by the evaluation
 * response format; the wording may improve, the meaning of an id may not.
 */
import type { CheckInStatementId } from '../schemas/checkins';

export const checkInStatements: readonly { id: CheckInStatementId; text: string }[] = [
  { id: 'meet-as-planned', text: 'We meet about as often as we said we would.' },
  { id: 'expectations-aligned', text: 'We see eye to eye on what this mentorship is for.' },
  { id: 'feel-heard', text: 'When we talk, I feel listened to.' },
  { id: 'making-progress', text: 'I am moving forward on the goals that matter to me.' },
  {
    id: 'would-recommend',
    text: 'I would suggest this pairing to a friend in my position.',
  },
];

/** The agree scale, 1 to 5, in order. */
export const agreeScale = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;

/** The words for an answer, or "Skipped". */
export function answerLabel(value: number | undefined): string {
  return agreeScale.find((s) => s.value === value)?.label ?? 'Skipped';
}
