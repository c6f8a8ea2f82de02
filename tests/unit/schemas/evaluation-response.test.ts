import { describe, expect, it } from 'vitest';
import {
  checkInStatementIds,
  evaluationResponseFileName,
  evaluationResponseSchema,
  evaluationRounds,
  type EvaluationResponse,
} from '../../../src/lib/schemas/evaluation-response';

const valid: EvaluationResponse = {
  format: 'medmentor-evaluation-response',
  version: 1,
  cohort: 'Class of 2028',
  round: 'middle',
  month: '2026-11',
  assessments: [
    {
      instrument: 'mentoring-needs',
      framework: 'none',
      bands: { 'career-planning': 'growing', wellbeing: 'strong' },
    },
  ],
  checkIn: { 'meet-as-planned': 4, 'feel-heard': 5 },
  activity: { goalsSet: 3, goalsCompleted: 1, meetingsLogged: 6 },
};

const parse = (v: unknown) => evaluationResponseSchema.safeParse(v);
const clone = (): Record<string, unknown> => ({ ...structuredClone(valid) });

describe('evaluation response schema', () => {
  it('accepts a valid file, and one with no assessments and no check-in', () => {
    expect(parse(valid).success).toBe(true);
    expect(parse({ ...valid, assessments: [], checkIn: null }).success).toBe(true);
    expect(evaluationRounds).toEqual(['before', 'middle', 'end']);
    expect(checkInStatementIds).toHaveLength(5);
  });

  it.each([
    ['a top-level key', (v: Record<string, unknown>) => ({ ...v, name: 'Dana' })],
    [
      'a key in activity',
      (v: Record<string, unknown>) => ({
        ...v,
        activity: { ...(v.activity as object), notes: 'x' },
      }),
    ],
    [
      'a key in an assessment',
      (v: Record<string, unknown>) => ({
        ...v,
        assessments: [{ ...valid.assessments[0], takenAt: '2026-11-02' }],
      }),
    ],
    [
      'a statement id that does not exist',
      (v: Record<string, unknown>) => ({ ...v, checkIn: { 'my-mentor-dana': 3 } }),
    ],
  ])('rejects an unknown key: %s', (_, change) => {
    expect(parse(change(clone())).success).toBe(false);
  });

  it.each([
    ['instrument', { instrument: 'Dana Smith said hi' }],
    ['area id', { bands: { 'I felt lonely': 'growing' } }],
    ['band id', { bands: { wellbeing: 'see my notes!' } }],
    ['an over-long id', { instrument: 'a'.repeat(61) }],
  ])('rejects free text in an id: %s', (_, change) => {
    expect(parse({ ...valid, assessments: [{ ...valid.assessments[0], ...change }] }).success).toBe(
      false,
    );
  });

  it.each(['2026-11-02', '2026-11-02T10:00:00Z', '2026-13', '26-11', 'November 2026'])(
    'rejects a month that is not YYYY-MM: %s',
    (month) => {
      expect(parse({ ...valid, month }).success).toBe(false);
    },
  );

  it.each([
    ['an answer of 0', { checkIn: { 'feel-heard': 0 } }],
    ['an answer of 6', { checkIn: { 'feel-heard': 6 } }],
    ['an answer of 2.5', { checkIn: { 'feel-heard': 2.5 } }],
    ['negative goals', { activity: { goalsSet: -1, goalsCompleted: 0, meetingsLogged: 0 } }],
    ['too many goals', { activity: { goalsSet: 1001, goalsCompleted: 0, meetingsLogged: 0 } }],
    ['too many meetings', { activity: { goalsSet: 0, goalsCompleted: 0, meetingsLogged: 5001 } }],
    ['11 assessments', { assessments: Array.from({ length: 11 }, () => valid.assessments[0]) }],
    [
      '21 areas',
      {
        assessments: [
          {
            ...valid.assessments[0],
            bands: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}`, 'b'])),
          },
        ],
      },
    ],
    ['no areas', { assessments: [{ ...valid.assessments[0], bands: {} }] }],
    ['version 2', { version: 2 }],
  ])('rejects out-of-range values: %s', (_, change) => {
    expect(parse({ ...valid, ...change }).success).toBe(false);
  });

  it.each(['', 'a'.repeat(41), 'class<2028>', 'x@y.edu'])(
    'rejects a bad cohort code %j',
    (cohort) => {
      expect(parse({ ...valid, cohort }).success).toBe(false);
    },
  );

  it('names the file by cohort, round and month', () => {
    expect(evaluationResponseFileName(valid)).toBe(
      'medmentor-evaluation-Class-of-2028-middle-2026-11.json',
    );
  });
});
