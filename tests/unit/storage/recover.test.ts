/**
 * "Try to restore" through the store actions the islands call: a set-aside plan with an
 * over-long goal title is previewed (what is added, what was changed), then merged into the
 * plan and the set-aside value removed; undo puts both back. A downloaded raw value is
 * recognised by its file name or its contents.
 */
import { describe, expect, test } from 'vitest';
import { $quarantine, quarantine } from '~/lib/storage/runtime';
import { plan } from '~/lib/stores/plan';
import { previewRecovery, recognizeRecovered, restoreRecovered } from '~/lib/stores/recover';
import { goal, step } from '../../support/records';
import { useFreshStores } from '../../support/stores';

useFreshStores();

const raw = JSON.stringify({
  version: 1,
  goals: [
    goal('g2', 'x'.repeat(230), { targetDate: '20266-01-01' }),
    goal('g3', 'Poster', { steps: [step('s1', 'y'.repeat(501))] }),
  ],
});

describe('restoring a set-aside plan', () => {
  test('the preview says what is added and what was changed; nothing is written', () => {
    plan.replace({ version: 1, goals: [goal('g1', 'Mine')] });
    expect(previewRecovery('plan', raw)).toEqual({
      ok: true,
      store: 'plan',
      title: 'Goal plans',
      summary: [
        '2 goals will be added.',
        '1 text was shortened to 200 characters.',
        '1 text was shortened to 500 characters.',
        '1 impossible date was cleared.',
      ],
      details: [
        expect.stringMatching(
          /^The title of the goal "x+…" was shortened from 230 characters to 200\.$/,
        ),
        expect.stringMatching(
          /^The target date of the goal "x+…" "20266-01-01" is not a real date/,
        ),
        'The text of step 1 of the goal "Poster" was shortened from 501 characters to 500.',
      ],
    });
    expect(plan.read().goals.map((g) => g.id)).toEqual(['g1']);
  });

  test('Restore merges it in, removes the set-aside value, and undo puts both back', () => {
    // Setting a value aside clears the store's key, as the value set aside was the store's.
    quarantine('plan', raw, 'it could not be read', new Date('2026-11-29T10:00:00Z'));
    plan.replace({ version: 1, goals: [goal('g1', 'Mine')] });
    const [entry] = $quarantine.get();
    const result = restoreRecovered('plan', raw, entry?.key);
    expect(result.ok).toBe(true);
    expect(plan.read().goals.map((g) => [g.id, g.title.length, g.targetDate])).toEqual([
      ['g1', 4, null],
      ['g2', 200, null],
      ['g3', 6, null],
    ]);
    expect($quarantine.get()).toEqual([]);
    expect(result.ok && result.undo()).toBe(true);
    expect(plan.read().goals.map((g) => g.id)).toEqual(['g1']);
    expect($quarantine.get().map((e) => e.raw)).toEqual([raw]);
  });

  test('a restore past the goal limit is refused and changes nothing', () => {
    const many = Array.from({ length: 1999 }, (_, i) => goal(`m${i}`, `Goal ${i}`));
    plan.replace({ version: 1, goals: many });
    const expected =
      'Merging would give 2,001 goals; the planner holds at most 2,000. Nothing was imported.';
    expect(previewRecovery('plan', raw)).toEqual({ ok: false, message: expected });
    expect(restoreRecovered('plan', raw)).toEqual({ ok: false, message: expected });
    expect(plan.read().goals).toHaveLength(1999);
  });

  test.each([
    [
      'not JSON',
      'not json at all',
      /cannot be restored to Goal plans: it is not valid JSON\. Nothing was changed\./,
    ],
    ['a newer version', '{"version":9,"goals":[]}', /newer version of MedMentor \(format 9/],
  ])('%s cannot be restored, with the reason', (_name, text, message) => {
    const result = previewRecovery('plan', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

test.each<[string, string, string, string | null]>([
  ['by its file name', 'medmentor-recovered-meetings-2026-11-29.txt', '{"version":1}', 'meetings'],
  ['a second download of it', 'medmentor-recovered-plan-2026-11-29 (1).txt', 'x', 'plan'],
  ['by its contents', 'renamed.txt', raw, 'plan'],
  [
    'an agreement by its contents',
    'a.json',
    '{"version":1,"fields":{},"updatedAt":null}',
    'agreement',
  ],
  [
    'a backup is not a raw value',
    'b.json',
    '{"app":"medmentor","kind":"backup","version":1,"stores":{}}',
    null,
  ],
  [
    'an unknown store in the name, unknown contents',
    'medmentor-recovered-x-2026-11-29.txt',
    '{}',
    null,
  ],
  ['not JSON', 'notes.txt', 'hello', null],
])('recognizeRecovered: %s', (_name, fileName, text, store) => {
  expect(recognizeRecovered(fileName, text)).toBe(store);
});
