/**
 * Builds a person's evaluation response (src/lib/schemas/evaluation-response.ts) from their
 * own stores, on their device: the latest attempt of each self-assessment as a band per area
 * (the band each area got when it was scored, src/lib/assessment/bands.ts), the latest
 * check-in's answers, the counts of goals set and completed and of meetings logged, and the
 * month it is made. Only ids, numbers and the month are copied: never a title, a name, a note,
 * an answer's text, a record's id or a day. Whatever does not fit the format (an id with other
 * characters, an unknown framework) is left out rather than changed, and the result is checked
 * against the schema before anyone sees it.
 */
import {
  checkInStatementIds,
  evaluationFrameworks,
  evaluationIdPattern,
  evaluationResponseFormat,
  evaluationResponseLimits as limits,
  evaluationResponseSchema,
  evaluationResponseVersion,
  type EvaluationResponse,
  type EvaluationRound,
} from '../schemas/evaluation-response';
import type { Attempt, AssessmentsState } from '../schemas/assessments';
import type { CheckIn } from '../schemas/checkins';
import type { Meeting } from '../schemas/partnership';
import type { Goal } from '../schemas/plan';

export interface ResponseInput {
  /** The program's cohort code (config `evaluation.cohort`). */
  cohort: string;
  round: EvaluationRound;
  /** Today, "YYYY-MM-DD"; only its month is used. */
  today: string;
  assessments: AssessmentsState;
  goals: readonly Goal[];
  meetings: readonly Meeting[];
  /** The latest check-in, or null. */
  checkIn: CheckIn | null;
}

const isId = (s: string) => evaluationIdPattern.test(s);
const isFramework = (s: string): s is (typeof evaluationFrameworks)[number] =>
  (evaluationFrameworks as readonly string[]).includes(s);
const upTo = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** The latest attempt of each instrument, in the order first taken. */
function latest(state: AssessmentsState): Attempt[] {
  const byInstrument = new Map<string, Attempt>();
  for (const attempt of state.attempts) byInstrument.set(attempt.instrument, attempt);
  return [...byInstrument.values()];
}

/** One self-assessment's bands by area id; null when no area has a band that fits the format. */
function assessmentOf(attempt: Attempt): EvaluationResponse['assessments'][number] | null {
  if (!isId(attempt.instrument) || !isFramework(attempt.framework)) return null;
  const bands: Record<string, string> = {};
  for (const r of attempt.results) {
    if (Object.keys(bands).length >= limits.areas) break;
    if (r.band !== null && isId(r.domain) && isId(r.band)) bands[r.domain] = r.band;
  }
  if (Object.keys(bands).length === 0) return null;
  return { instrument: attempt.instrument, framework: attempt.framework, bands };
}

/** The check-in's answers to the known statements, 1-5; null when none. */
function checkInOf(checkIn: CheckIn | null): EvaluationResponse['checkIn'] {
  if (!checkIn) return null;
  const answers: NonNullable<EvaluationResponse['checkIn']> = {};
  for (const id of checkInStatementIds) {
    const value = checkIn.answers[id];
    if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= 5) {
      answers[id] = value;
    }
  }
  return Object.keys(answers).length > 0 ? answers : null;
}

/**
 * The response, or null when the cohort code is not set (evaluation is off) or what was built
 * does not pass the schema (it then is never offered).
 */
export function buildEvaluationResponse(input: ResponseInput): EvaluationResponse | null {
  const goals = input.goals;
  const response: EvaluationResponse = {
    format: evaluationResponseFormat,
    version: evaluationResponseVersion,
    cohort: input.cohort,
    round: input.round,
    month: input.today.slice(0, 7),
    assessments: latest(input.assessments)
      .map(assessmentOf)
      .filter((a) => a !== null)
      .slice(0, limits.assessments),
    checkIn: checkInOf(input.checkIn),
    activity: {
      goalsSet: upTo(goals.length, limits.goals),
      goalsCompleted: upTo(goals.filter((g) => g.status === 'done').length, limits.goals),
      // Meetings held: those dated today or earlier (the log also holds planned ones).
      meetingsLogged: upTo(
        input.meetings.filter((m) => m.date <= input.today).length,
        limits.meetings,
      ),
    },
  };
  const checked = evaluationResponseSchema.safeParse(response);
  return checked.success ? checked.data : null;
}

/** The file's text: the response as indented JSON, exactly what the preview shows. */
export function responseText(response: EvaluationResponse): string {
  return `${JSON.stringify(response, null, 2)}\n`;
}
