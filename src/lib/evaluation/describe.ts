/**
 * The evaluation response in plain words, for the preview a person reads before saving it:
 * every field of the file, one line each. Names of self-assessments, areas and bands come from
 * the person's own attempts on this device (they are not in the file, which holds only ids).
 */
import { answerLabel, checkInStatements } from '../checkins/statements';
import type { Attempt } from '../schemas/assessments';
import type { EvaluationResponse, EvaluationRound } from '../schemas/evaluation-response';

/** The rounds in words, for the chooser and the preview. */
export const roundLabels: Record<EvaluationRound, string> = {
  before: 'Before: at the start of the program',
  middle: 'Middle: part way through',
  end: 'End: as the program finishes',
};

export interface DescribedAssessment {
  /** "Mentoring needs (mentoring-needs)". */
  title: string;
  framework: string;
  /** One line per area: its name and band in words, with the ids the file holds. */
  areas: { label: string; value: string }[];
}

export interface DescribedResponse {
  lines: { label: string; value: string }[];
  assessments: DescribedAssessment[];
  /** One line per statement, "Skipped" when not answered; empty when there is no check-in. */
  checkIn: { label: string; value: string }[];
  activity: { label: string; value: string }[];
}

const frameworkNames: Record<string, string> = {
  none: 'none',
  aamc: 'AAMC',
  acgme: 'ACGME',
  canmeds: 'CanMEDS',
};

export function describeResponse(
  response: EvaluationResponse,
  attempts: readonly Attempt[],
): DescribedResponse {
  const latest = new Map(attempts.map((a) => [a.instrument, a]));
  return {
    lines: [
      { label: 'Format', value: `${response.format}, version ${response.version}` },
      { label: 'Cohort', value: response.cohort },
      { label: 'Round', value: roundLabels[response.round] },
      { label: 'Month', value: `${response.month} (the month it was made; no day)` },
    ],
    assessments: response.assessments.map((a) => {
      const attempt = latest.get(a.instrument);
      return {
        title: attempt ? `${attempt.title} (${a.instrument})` : a.instrument,
        framework: frameworkNames[a.framework] ?? a.framework,
        areas: Object.entries(a.bands).map(([domain, band]) => {
          const name = attempt?.results.find((r) => r.domain === domain)?.name;
          const bandLabel = attempt?.bands.find((b) => b.id === band)?.label;
          return {
            label: name ? `${name} (${domain})` : domain,
            value: bandLabel ? `${bandLabel} (${band})` : band,
          };
        }),
      };
    }),
    checkIn: response.checkIn
      ? checkInStatements.map((s) => {
          const value = response.checkIn?.[s.id];
          return {
            label: s.text,
            value:
              value === undefined ? 'Skipped (not in the file)' : `${value}: ${answerLabel(value)}`,
          };
        })
      : [],
    activity: [
      { label: 'Goals set', value: String(response.activity.goalsSet) },
      { label: 'Goals completed', value: String(response.activity.goalsCompleted) },
      { label: 'Meetings logged', value: String(response.activity.meetingsLogged) },
    ],
  };
}
