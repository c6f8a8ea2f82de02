/**
 * The person's evaluation response, made from what their stores hold right now
 * (src/lib/evaluation/response.ts does the work). Read when the person asks for it, not kept:
 * the file is made, previewed and saved, and nothing about it is stored.
 */
import { buildEvaluationResponse } from '../evaluation/response';
import { today } from '../dates';
import type { EvaluationResponse, EvaluationRound } from '../schemas/evaluation-response';
import { assessments } from './assessments';
import { checkIns, latestCheckIn } from './checkins';
import { meetings } from './partnership';
import { plan } from './plan';

/** The response for `round` from this device's data, or null when `cohort` is empty or invalid. */
export function currentEvaluationResponse(
  cohort: string,
  round: EvaluationRound,
  now = new Date(),
): EvaluationResponse | null {
  if (!cohort) return null;
  return buildEvaluationResponse({
    cohort,
    round,
    today: today(now),
    assessments: assessments.read(),
    goals: plan.read().goals,
    meetings: meetings.read().meetings,
    checkIn: latestCheckIn(checkIns.read()),
  });
}
