/**
 * Which self-assessments were done, and when: the list of self-assessments marks each one. Kept
 * apart from home-views so the list page loads only the self-assessment store.
 */
import { computed } from 'nanostores';
import { localDay } from '../dates';
import type { AssessmentsState } from '../schemas/assessments';
import { assessments } from './assessments';

/** The calendar day (person's time zone) each instrument was last completed, by instrument id. */
export function lastDone(state: AssessmentsState): Record<string, string> {
  const days: Record<string, string> = {};
  for (const attempt of state.attempts) {
    const day = localDay(attempt.completedAt);
    const seen = days[attempt.instrument];
    if (day && (!seen || day > seen)) days[attempt.instrument] = day;
  }
  return days;
}

export const $lastDone = computed(assessments.$value, lastDone);
