/**
 * The evaluation response a person makes from their own data: bands, the latest check-in, counts
 * and the month, and nothing else. A property test fills every store with names, notes and any
 * text, and proves none of it reaches the file, and that the file always passes the schema.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildEvaluationResponse, responseText } from '~/lib/evaluation/response';
import { evaluationResponseSchema } from '~/lib/schemas/evaluation-response';
import { assessments } from '~/lib/stores/assessments';
import { brief } from '~/lib/stores/brief';
import { checkIns } from '~/lib/stores/checkins';
import { currentEvaluationResponse } from '~/lib/stores/evaluation-response';
import { network } from '~/lib/stores/network';
import { agreement, meetings } from '~/lib/stores/partnership';
import { plan } from '~/lib/stores/plan';
import { attempt, goal, meeting } from '../../support/records';
import { useFreshStores } from '../../support/stores';

useFreshStores();

const empty = { version: 2 as const, drafts: {}, attempts: [] };

type Input = Parameters<typeof buildEvaluationResponse>[0];
/** The builder's input: cohort C1, the first round, on 2026-11-30, nothing else; `over` changes parts. */
const input = (over: Partial<Input> = {}): Input => ({
  cohort: 'C1',
  round: 'before',
  today: '2026-11-30',
  assessments: empty,
  goals: [],
  meetings: [],
  checkIn: null,
  ...over,
});

describe('buildEvaluationResponse', () => {
  test('bands of the latest attempt of each self-assessment, the latest check-in, counts, the month', () => {
    const response = buildEvaluationResponse(
      input({
        cohort: 'Class of 2028',
        round: 'end',
        assessments: {
          ...empty,
          attempts: [
            attempt('1', 'mentoring-needs'),
            attempt('2', 'clinical-strengths', { framework: 'aamc' }),
            attempt('3', 'mentoring-needs', {
              results: [
                {
                  domain: 'a',
                  name: 'Area A',
                  score: 50,
                  mean: 3,
                  answered: 4,
                  band: 'developing',
                },
                { domain: 'c', name: 'Area C', score: null, mean: null, answered: 0, band: null },
              ],
            }),
          ],
        },
        goals: [goal('g1', 'One', { status: 'done' }), goal('g2', 'Two'), goal('g3', 'Three')],
        meetings: [
          meeting('m1', '2026-10-01'),
          meeting('m2', '2026-11-30'),
          meeting('m3', '2026-12-05'),
        ],
        checkIn: {
          id: 'c1',
          day: '2026-11-02',
          relationship: 'agreement',
          answers: { 'feel-heard': 4, 'would-recommend': 5 },
          createdAt: '2026-11-02T10:00:00.000Z',
        },
      }),
    );
    expect(response).toEqual({
      format: 'medmentor-evaluation-response',
      version: 1,
      cohort: 'Class of 2028',
      round: 'end',
      month: '2026-11',
      assessments: [
        { instrument: 'mentoring-needs', framework: 'none', bands: { a: 'developing' } },
        {
          instrument: 'clinical-strengths',
          framework: 'aamc',
          bands: { a: 'strength', b: 'growth-area' },
        },
      ],
      checkIn: { 'feel-heard': 4, 'would-recommend': 5 },
      activity: { goalsSet: 3, goalsCompleted: 1, meetingsLogged: 2 },
    });
  });

  test.each([
    ['an empty cohort code: evaluation is off', ''],
    ['a cohort code the format does not allow', 'Class <2028>'],
  ])('%s gives no response', (_, cohort) => {
    expect(buildEvaluationResponse(input({ cohort }))).toBeNull();
  });

  test('ids that do not fit the format are left out, not changed', () => {
    const response = buildEvaluationResponse(
      input({
        assessments: {
          ...empty,
          attempts: [
            attempt('1', 'Old Instrument'),
            attempt('2', 'mentoring-needs', {
              results: [
                { domain: 'Area A', name: 'x', score: 1, mean: 1, answered: 1, band: 'low' },
                { domain: 'b', name: 'x', score: 1, mean: 1, answered: 1, band: 'low' },
              ],
            }),
          ],
        },
      }),
    );
    expect(response?.assessments).toEqual([
      { instrument: 'mentoring-needs', framework: 'none', bands: { b: 'low' } },
    ]);
  });
});

/** Any text, at least 8 characters that are not spaces (so a hit cannot be chance). */
const anyText = fc.string({ minLength: 8, maxLength: 60 }).filter((s) => s.trim().length >= 8);
const iso = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2026-11-29T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const day = iso.map((d) => d.slice(0, 10));
const instruments = ['mentoring-needs', 'clinical-strengths', 'mentor-self-assessment'];

const world = fc.record({
  attempts: fc.array(
    fc.record({
      id: fc.uuid(),
      instrument: fc.constantFrom(...instruments),
      title: anyText,
      completedAt: iso,
      names: fc.array(anyText, { minLength: 2, maxLength: 2 }),
      note: anyText,
    }),
    { maxLength: 4 },
  ),
  goals: fc.array(
    fc.record({
      id: fc.uuid(),
      texts: fc.array(anyText, { minLength: 9, maxLength: 9 }),
      status: fc.constantFrom('not-started', 'in-progress', 'done', 'paused' as const),
      step: fc.uuid(),
      log: fc.uuid(),
      day,
    }),
    { maxLength: 4 },
  ),
  meetings: fc.array(
    fc.record({
      id: fc.uuid(),
      date: day,
      agenda: anyText,
      notes: anyText,
      action: anyText,
      actionId: fc.uuid(),
    }),
    { maxLength: 4 },
  ),
  contacts: fc.array(
    fc.record({
      id: fc.uuid(),
      texts: fc.array(anyText, { minLength: 6, maxLength: 6 }),
      createdAt: iso,
    }),
    { maxLength: 3 },
  ),
  agreement: fc.array(anyText, { minLength: 10, maxLength: 10 }),
  brief: fc.array(anyText, { minLength: 2, maxLength: 2 }),
  checkIn: fc.record({
    id: fc.uuid(),
    relationship: fc.uuid(),
    day,
    createdAt: iso,
    answers: fc.dictionary(
      fc.constantFrom('meet-as-planned', 'feel-heard', 'would-recommend'),
      fc.integer({ min: 1, max: 5 }),
    ),
  }),
});

test('a response made from stores full of names, notes and any text holds none of it, and passes the schema', () => {
  fc.assert(
    fc.property(world, (w) => {
      const secrets: string[] = [];
      const keep = <T extends string>(s: T): T => {
        secrets.push(s);
        return s;
      };
      assessments.replace({
        ...empty,
        attempts: w.attempts.map((a) =>
          attempt(keep(a.id), a.instrument, {
            title: keep(a.title),
            completedAt: keep(a.completedAt),
            notes: { a: keep(a.note) },
            results: [
              {
                domain: 'a',
                name: keep(a.names[0]!),
                score: 80,
                mean: 4,
                answered: 4,
                band: 'strength',
              },
              {
                domain: 'b',
                name: keep(a.names[1]!),
                score: 20,
                mean: 2,
                answered: 4,
                band: 'growth-area',
              },
            ],
          }),
        ),
      });
      plan.replace({
        version: 1,
        goals: w.goals.map((g) => {
          // fast-check made exactly nine texts (the defaults are for the type checker).
          const [
            title = '',
            specific = '',
            measurable = '',
            achievable = '',
            relevant = '',
            timeBound = '',
            whoCanHelp = '',
            did = '',
            learned = '',
          ] = g.texts.map(keep);
          return goal(keep(g.id), title, {
            specific,
            measurable,
            achievable,
            relevant,
            timeBound,
            whoCanHelp,
            status: g.status,
            targetDate: g.day,
            steps: [{ id: keep(g.step), text: did, done: false, due: g.day, doneAt: null }],
            log: [{ id: keep(g.log), date: g.day, did, learned }],
          });
        }),
      });
      meetings.replace({
        version: 1,
        meetings: w.meetings.map((m) =>
          meeting(keep(m.id), m.date, {
            agenda: keep(m.agenda),
            notes: keep(m.notes),
            actions: [{ id: keep(m.actionId), text: keep(m.action), goalId: null }],
          }),
        ),
      });
      network.replace({
        version: 1,
        contacts: w.contacts.map((c) => {
          const [
            name = '',
            role = '',
            howWeKnow = '',
            howTheyHelp = '',
            howIHelp = '',
            notes = '',
          ] = c.texts.map(keep);
          return {
            id: keep(c.id),
            name,
            role,
            group: 'mentor' as const,
            howWeKnow,
            howTheyHelp,
            howIHelp,
            lastContact: null,
            nextFollowUp: null,
            notes,
            createdAt: keep(c.createdAt),
            updatedAt: c.createdAt,
          };
        }),
      });
      agreement.replace({
        version: 1,
        fields: Object.fromEntries(
          [
            'mentee',
            'mentor',
            'purpose',
            'roles',
            'meetings',
            'confidentiality',
            'feedback',
            'conflicts',
            'ending',
            'review',
          ].map((k, i) => [k, keep(w.agreement[i]!)]),
        ),
        updatedAt: null,
      });
      brief.replace({
        version: 1,
        name: keep(w.brief[0]!),
        questions: keep(w.brief[1]!),
        updatedAt: null,
      });
      checkIns.replace({
        version: 1,
        checkIns: [
          {
            id: keep(w.checkIn.id),
            day: keep(w.checkIn.day),
            relationship: keep(w.checkIn.relationship),
            answers: w.checkIn.answers,
            createdAt: keep(w.checkIn.createdAt),
          },
        ],
        snoozedUntil: null,
        dismissedOn: null,
      });

      const response = currentEvaluationResponse(
        'Class of 2028',
        'middle',
        new Date('2026-11-30T12:00:00'),
      );
      expect(response).not.toBeNull();
      const file = responseText(response!);
      expect(evaluationResponseSchema.safeParse(JSON.parse(file)).success).toBe(true);
      for (const secret of secrets) expect(file).not.toContain(secret);
      // Nothing finer than the month: no "YYYY-MM-DD" anywhere.
      expect(file).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(response!.activity.goalsSet).toBe(w.goals.length);
    }),
    { numRuns: 60 },
  );
});
