/**
 * Self-assessment results as My data and sharing show them, and the actions not covered by
 * tests/unit/assessment/store.test.ts: deleting an attempt, completing without a draft, notes.
 */
import { describe, expect, test } from 'vitest';
import { assessmentLimits, type AssessmentsState } from '~/lib/schemas/assessments';
import { complete } from '~/lib/stores/assessment-complete';
import {
  assessments,
  assessmentsDefinition,
  attemptsOf,
  deleteAttempt,
  latestAttempts,
  setNote,
} from '~/lib/stores/assessments';
import { meta } from '~/lib/stores/meta';
import { instrument } from '../assessment/fixture';
import { attempt, draft } from '../../support/records';
import { useFreshStores } from '../../support/stores';
import { assessmentsShare } from '~/lib/stores/assessments-share';

useFreshStores();

const state = (over: Partial<AssessmentsState>): AssessmentsState => ({
  version: 2,
  drafts: {},
  attempts: [],
  ...over,
});

describe('describe', () => {
  test.each<[string, AssessmentsState, RegExp[]]>([
    ['nothing', state({}), [/^nothing yet$/]],
    [
      'one completed',
      state({ attempts: [attempt('a1', 'x')] }),
      [/\b1 completed self-assessment\b/],
    ],
    [
      'two completed and one in progress',
      state({ attempts: [attempt('a1', 'x'), attempt('a2', 'y')], drafts: { z: draft() } }),
      [/\b2 completed self-assessments\b/, /\b1 in progress\b/],
    ],
    [
      'only one in progress',
      state({ drafts: { z: draft() } }),
      [/\b0 completed self-assessments\b/, /\b1 in progress\b/],
    ],
  ])('%s', (_name, value, texts) => {
    const text = assessmentsDefinition.describe(value);
    for (const expected of texts) expect(text).toMatch(expected);
  });
});

describe('latest attempts', () => {
  test('keep the most recent of each instrument, in the order instruments were first taken', () => {
    const value = state({
      attempts: [attempt('n1', 'needs'), attempt('c1', 'clinical'), attempt('n2', 'needs')],
    });
    expect(latestAttempts(value).map((a) => a.id)).toEqual(['n2', 'c1']);
    expect(attemptsOf(value, 'needs').map((a) => a.id)).toEqual(['n1', 'n2']);
  });
});

describe('sharing results', () => {
  const [results, notes] = assessmentsShare;
  const anonymous = { name: null };

  test('nothing to share before a self-assessment is completed', () => {
    expect(results?.summarize(state({ drafts: { x: draft() } }), anonymous)).toBeNull();
    expect(notes?.summarize(state({}), anonymous)).toBeNull();
  });

  test('a table of scores and bands per area, the areas in focus, and each band by name', () => {
    const value = state({
      attempts: [
        attempt('a1', 'needs', {
          title: 'What do I need from a mentor?',
          completedAt: '2026-11-24T12:00:00.000Z',
          results: [
            {
              domain: 'guidance',
              name: 'Guidance and support',
              score: 75,
              mean: 4,
              answered: 4,
              band: 'strong-need',
            },
            {
              domain: 'network',
              name: 'Networking',
              score: null,
              mean: null,
              answered: 0,
              band: null,
            },
            { domain: 'belonging', name: 'Belonging', score: 0, mean: 1, answered: 4, band: 'met' },
          ],
          bands: [
            {
              id: 'strong-need',
              label: 'A strong need',
              heading: 'Your strongest needs',
              focus: true,
            },
            { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
            {
              id: 'met',
              label: 'Met for now',
              heading: 'Needs that are met for now',
              focus: false,
            },
          ],
        }),
      ],
    });
    expect(results?.summarize(value, { name: 'Ana' })).toEqual({
      title: "Ana's self-assessment results",
      blocks: [
        {
          type: 'table',
          caption: 'What do I need from a mentor?, November 24, 2026',
          columns: ['Area', 'Score (0 to 100)', 'Band'],
          rows: [
            ['Guidance and support', '75', 'A strong need'],
            ['Networking', 'no score', 'Not enough answers to go on'],
            ['Belonging', '0', 'Met for now'],
          ],
        },
        {
          type: 'list',
          items: [
            "Ana's top needs: Guidance and support (a strong need)",
            'A strong need: Guidance and support. Met for now: Belonging. Not enough answers to go on: Networking.',
          ],
        },
      ],
    });
  });

  test('nothing in a focus band is said plainly, not filled with the nearest area', () => {
    const value = state({
      attempts: [
        attempt('a1', 'x', {
          results: [
            { domain: 'a', name: 'Area A', score: 80, mean: 4.2, answered: 4, band: 'strength' },
            { domain: 'b', name: 'Area B', score: 90, mean: 4.6, answered: 4, band: 'strength' },
          ],
          close: true,
        }),
      ],
    });
    expect(results?.summarize(value, anonymous)?.blocks[1]).toEqual({
      type: 'list',
      items: [
        'Growth areas: none of the areas is in a band to work on',
        'A strength: Area B, Area A.',
        'The areas scored close together, so the differences between them are small.',
      ],
    });
  });

  test('notes are shared only from the latest attempts, trimmed, blank ones left out', () => {
    const value = state({
      attempts: [
        attempt('old', 'x', { notes: { a: 'an old note' } }),
        attempt('new', 'x', {
          title: 'Strengths',
          notes: { a: '  Ask about feedback  ', b: '   ', gone: 'About a removed area' },
        }),
      ],
    });
    expect(notes?.summarize(value, { name: 'Ana' })).toEqual({
      title: "Ana's notes from self-assessments",
      blocks: [
        {
          type: 'list',
          items: ['Strengths, Area A: Ask about feedback', 'Strengths, gone: About a removed area'],
        },
      ],
    });
  });
});

describe('actions', () => {
  test('deleting an attempt removes only it, and counts as a change', () => {
    assessments.replace(state({ attempts: [attempt('a1', 'x'), attempt('a2', 'x')] }));
    const before = meta.read().changesSinceBackup;
    expect(deleteAttempt('a1')).toBe(true);
    expect(assessments.read().attempts.map((a) => a.id)).toEqual(['a2']);
    expect(meta.read().changesSinceBackup).toBe(before + 1);
  });

  test('completing with no answers started saves nothing', () => {
    expect(complete(instrument)).toBeNull();
    expect(assessments.read().attempts).toEqual([]);
  });

  test('a note is kept up to its limit and does not count as a change', () => {
    expect(setNote(instrument, 'a', 'n'.repeat(assessmentLimits.note))).toBe(true);
    expect(assessments.read().drafts.test?.notes.a).toHaveLength(assessmentLimits.note);
    expect(meta.read().changesSinceBackup).toBe(0);
  });

  test('a note over its limit is refused, never cut: the saved note stays as it was', () => {
    setNote(instrument, 'a', 'kept');
    expect(setNote(instrument, 'a', 'n'.repeat(assessmentLimits.note + 1))).toBe(false);
    expect(assessments.read().drafts.test?.notes.a).toBe('kept');
  });

  test('merging keeps a draft here when it is newer than the imported one', () => {
    const mine = state({
      drafts: { x: draft({ step: 1, updatedAt: '2026-11-22T00:00:00.000Z' }) },
    });
    const theirs = state({
      drafts: {
        x: draft({ step: 3, updatedAt: '2026-11-21T00:00:00.000Z' }),
        y: draft({ step: 2 }),
      },
      attempts: [attempt('b', 'x', { completedAt: '2026-01-01T00:00:00.000Z' })],
    });
    const merged = assessmentsDefinition.merge(
      { ...mine, attempts: [attempt('a', 'x', { completedAt: '2026-02-01T00:00:00.000Z' })] },
      theirs,
    );
    expect(merged.drafts.x?.step).toBe(1);
    expect(merged.drafts.y?.step).toBe(2);
    // Attempts from both, in the order they were completed.
    expect(merged.attempts.map((a) => a.id)).toEqual(['b', 'a']);
  });
});
