/** The preview's words: every field of the file, names from the person's own attempts. */
import { expect, test } from 'vitest';
import { describeResponse } from '~/lib/evaluation/describe';
import type { EvaluationResponse } from '~/lib/schemas/evaluation-response';
import { attempt } from '../../support/records';

const response: EvaluationResponse = {
  format: 'medmentor-evaluation-response',
  version: 1,
  cohort: 'C1',
  round: 'before',
  month: '2026-11',
  assessments: [
    { instrument: 'mentoring-needs', framework: 'none', bands: { a: 'strength', z: 'gone' } },
  ],
  checkIn: { 'feel-heard': 4 },
  activity: { goalsSet: 2, goalsCompleted: 1, meetingsLogged: 3 },
};

test('every field in words, with the ids the file holds', () => {
  const words = describeResponse(response, [attempt('1', 'mentoring-needs')]);
  expect(words.lines.map((l) => l.value)).toEqual([
    'medmentor-evaluation-response, version 1',
    'C1',
    'Before: at the start of the program',
    '2026-11 (the month it was made; no day)',
  ]);
  expect(words.assessments).toEqual([
    {
      title: 'Title of mentoring-needs (mentoring-needs)',
      framework: 'none',
      areas: [
        { label: 'Area A (a)', value: 'A strength (strength)' },
        { label: 'z', value: 'gone' },
      ],
    },
  ]);
  expect(words.checkIn).toHaveLength(5);
  expect(words.checkIn.find((c) => c.value.startsWith('4'))?.value).toBe('4: Agree');
  expect(words.checkIn.filter((c) => c.value === 'Skipped (not in the file)')).toHaveLength(4);
  expect(words.activity.map((a) => a.value)).toEqual(['2', '1', '3']);
});

test('no check-in: no lines for it', () => {
  expect(describeResponse({ ...response, checkIn: null }, []).checkIn).toEqual([]);
});
