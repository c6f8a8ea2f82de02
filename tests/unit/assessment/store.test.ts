import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { memoryBackend, webStorageBackend } from '~/lib/storage/backend';
import { useBackend } from '~/lib/storage/runtime';
import {
  answer,
  assessments,
  assessmentsDefinition,
  attemptsOf,
  goToStep,
  latestAttempts,
  setNote,
  startOver,
} from '~/lib/stores/assessments';
import { complete } from '~/lib/stores/assessment-complete';
import { meta } from '~/lib/stores/meta';
import { FakeStorage } from '../../support/fake-storage';
import { instrument as base } from './fixture';
import { assessmentsShare } from '~/lib/stores/assessments-share';

const instrument = { ...base, results: { ...base.results, highlight: 1 } };
let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  useBackend(webStorageBackend(storage));
  assessments.refresh();
  meta.refresh();
});
afterEach(() => useBackend(memoryBackend()));

describe('taking a self-assessment', () => {
  test('answers, notes and the step are saved at once, and resume after a reload', () => {
    const t0 = new Date('2026-11-24T10:00:00Z');
    answer(instrument, 'a1', 5, t0);
    answer(instrument, 'a2', 'not-sure', t0);
    goToStep(instrument, 1, t0);
    setNote(instrument, 'a', 'Ask about feedback', t0);
    const stored = JSON.parse(storage.getItem('medmentor:assessments') ?? '') as {
      drafts: Record<string, unknown>;
    };
    expect(stored.drafts.test).toMatchObject({
      step: 1,
      answers: { a1: 5, a2: 'not-sure' },
      notes: { a: 'Ask about feedback' },
      framework: 'none',
    });
    // A fresh read (as after a reload) gives the same draft.
    expect(assessments.read().drafts.test?.step).toBe(1);
  });

  test('steps are clamped to the instrument', () => {
    goToStep(instrument, 99);
    expect(assessments.read().drafts.test?.step).toBe(2);
    goToStep(instrument, -3);
    expect(assessments.read().drafts.test?.step).toBe(0);
  });

  test('completing saves the attempt with a results snapshot and clears the draft', () => {
    for (const [id, v] of Object.entries({ a1: 5, a2: 5, b1: 3, b2: 3, c1: 1 }))
      answer(instrument, id, v);
    const attempt = complete(instrument, new Date('2026-11-24T12:00:00Z'));
    expect(attempt).toMatchObject({
      instrument: 'test',
      completedAt: '2026-11-24T12:00:00.000Z',
      audience: 'mentee',
      results: [
        { domain: 'a', name: 'A', score: 100, mean: 5, answered: 2, band: 'high' },
        { domain: 'b', name: 'B', score: 50, mean: 3, answered: 2, band: 'middle' },
        { domain: 'c', name: 'C', score: 0, mean: 1, answered: 1, band: 'low' },
      ],
      bands: [
        { id: 'high', label: 'High', heading: 'Highs', focus: false },
        { id: 'middle', label: 'Middle', heading: 'Middles', focus: true },
        { id: 'low', label: 'Low', heading: 'Lows', focus: true },
      ],
      close: false,
    });
    const state = assessments.read();
    expect(state.drafts).toEqual({});
    expect(attemptsOf(state, 'test')).toHaveLength(1);
    expect(assessmentsDefinition.describe(state)).toBe('1 completed self-assessment');
  });

  test('completing counts once toward the backup reminder; answers do not', () => {
    for (let i = 0; i < 30; i++) answer(instrument, 'a1', (i % 5) + 1);
    expect(meta.read().changesSinceBackup).toBe(0);
    complete(instrument);
    expect(meta.read().changesSinceBackup).toBe(1);
  });

  test('start over discards the draft only', () => {
    answer(instrument, 'a1', 4);
    complete(instrument);
    answer(instrument, 'a1', 2);
    startOver(instrument);
    expect(assessments.read().drafts).toEqual({});
    expect(assessments.read().attempts).toHaveLength(1);
  });

  test('a draft from another framework pack starts fresh', () => {
    answer({ ...instrument, framework: 'acgme' }, 'a1', 4);
    answer({ ...instrument, framework: 'aamc' }, 'b1', 2);
    expect(assessments.read().drafts.test).toMatchObject({ framework: 'aamc', answers: { b1: 2 } });
  });
});

describe('sharing and merging', () => {
  test('the share summary has the latest results and leaves notes out unless chosen', () => {
    answer(instrument, 'a1', 5);
    setNote(instrument, 'a', 'private thought');
    complete(instrument, new Date('2026-11-24T12:00:00Z'));
    const state = assessments.read();
    const [results, notes] = assessmentsShare;
    expect(results?.defaultOn).toBe(true);
    expect(notes?.defaultOn).toBe(false);
    const anonymous = { name: null };
    expect(JSON.stringify(results?.summarize(state, anonymous))).not.toContain('private thought');
    expect(JSON.stringify(notes?.summarize(state, anonymous))).toContain('private thought');
    expect(latestAttempts(state)).toHaveLength(1);
  });

  test('the results summary speaks to the mentor, from the bands', () => {
    for (const [id, v] of Object.entries({ a1: 5, a2: 5, b1: 3, b2: 3, c1: 1 }))
      answer(instrument, id, v);
    complete(instrument, new Date('2026-11-24T12:00:00Z'));
    const [results] = assessmentsShare;
    const named = results?.summarize(assessments.read(), { name: 'Ana' });
    expect(named?.title).toBe("Ana's self-assessment results");
    expect(named?.blocks[0]).toMatchObject({
      type: 'table',
      caption: 'Test, November 24, 2026',
      columns: ['Area', 'Score (0 to 100)', 'Band'],
      rows: [
        ['A', '100', 'High'],
        ['B', '50', 'Middle'],
        ['C', '0', 'Low'],
      ],
    });
    expect(named?.blocks[1]).toEqual({
      type: 'list',
      items: ["Ana's growth areas: C (low), B (middle)", 'High: A. Middle: B. Low: C.'],
    });
    const anonymous = results?.summarize(assessments.read(), { name: null });
    expect(anonymous?.title).toBe('Self-assessment results');
    expect(JSON.stringify(anonymous)).not.toMatch(/\byour\b/i);
  });

  test('merge keeps every attempt once and the newer draft', () => {
    const a = { ...assessmentsDefinition.initial };
    answer(instrument, 'a1', 5, new Date('2026-11-20T00:00:00Z'));
    complete(instrument, new Date('2026-11-20T01:00:00Z'));
    answer(instrument, 'a1', 1, new Date('2026-11-21T00:00:00Z'));
    const mine = assessments.read();
    const theirs = {
      ...mine,
      drafts: { test: { ...mine.drafts.test!, step: 2, updatedAt: '2026-11-22T00:00:00.000Z' } },
    };
    const merged = assessmentsDefinition.merge(mine, theirs);
    expect(merged.attempts).toHaveLength(1);
    expect(merged.drafts.test?.step).toBe(2);
    expect(assessmentsDefinition.merge(a, mine)).toEqual({ ...mine, drafts: mine.drafts });
  });
});
