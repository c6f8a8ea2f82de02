/**
 * The pointer to support on the results: shown only when the answers say so (a statement at one
 * of its `concern` answers, or an area in a band the note names), and never without a note
 * written in the instrument. Then the shipped "What do I need from a mentor?" with real answers.
 */
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { band } from '~/lib/assessment/bands';
import { scoreAttempt, type Answers } from '~/lib/assessment/score';
import { supportNote, type SupportRule } from '~/lib/assessment/support-note';
import { instrumentSchema } from '~/lib/schemas/instrument';
import { tableTest } from '../../support/table';

const rule: SupportRule = {
  title: 'Support is available.',
  note: 'If you are feeling isolated or worn out, you do not have to wait for a mentor.',
  areas: [{ domain: 'belonging', band: 'strong-need' }],
};
const items = [
  { id: 'tired', concern: { topic: 'exhaustion', answers: [4, 5] } },
  { id: 'alone', concern: { topic: 'isolation', answers: [1] } },
  { id: 'plain' },
];
const shown = { title: rule.title, note: rule.note };

tableTest<
  [string, SupportRule | undefined, Answers, { domain: string; band: string | null }[]],
  typeof shown | null
>(
  '%s',
  (_name, r, answers, areas) => supportNote(r, items, answers, areas),
  [
    [
      'calm answers, belonging met: no note',
      rule,
      { tired: 3, alone: 3, plain: 5 },
      [{ domain: 'belonging', band: 'met' }],
      null,
    ],
    ['"worn out" at the strong end: the note', rule, { tired: 5 }, [], shown],
    ['"worn out" agreed: the note', rule, { tired: 4 }, [], shown],
    ['"I belong" strongly disagreed: the note', rule, { alone: 1 }, [], shown],
    ['"I belong" only disagreed: no note', rule, { alone: 2 }, [], null],
    ['"not sure" is never a concern', rule, { tired: 'not-sure', alone: 'not-sure' }, [], null],
    [
      'belonging in the highest-need band: the note',
      rule,
      {},
      [{ domain: 'belonging', band: 'strong-need' }],
      shown,
    ],
    [
      'belonging with some need: no note',
      rule,
      {},
      [{ domain: 'belonging', band: 'some-need' }],
      null,
    ],
    [
      'another area in the highest band: no note',
      rule,
      {},
      [{ domain: 'guidance', band: 'strong-need' }],
      null,
    ],
    [
      'belonging without enough answers: no note',
      rule,
      {},
      [{ domain: 'belonging', band: null }],
      null,
    ],
    [
      'no note in the instrument: nothing, whatever the answers',
      undefined,
      { tired: 5, alone: 1 },
      [{ domain: 'belonging', band: 'strong-need' }],
      null,
    ],
  ],
  { deep: true },
);

describe('the shipped needs instrument', async () => {
  const needs = (await getCollection('assessments'))
    .map((e) => e.data)
    .find((i) => i.instrument === 'mentoring-needs');
  if (!needs) throw new Error('no mentoring-needs instrument');
  const noteFor = (answers: Answers) => {
    const areas = band(needs.results, scoreAttempt(needs, answers)).areas;
    return supportNote(needs.results.support, needs.items, answers, areas);
  };
  /** Every statement "Neither agree nor disagree", then the given answers. */
  const calm = (answers: Answers = {}) => ({
    ...Object.fromEntries(needs.items.map((i) => [i.id, 3])),
    ...answers,
  });

  test('its note is kind, says why it is there, and is not diagnostic', () => {
    const note = needs.results.support;
    expect(note?.note).toMatch(
      /^If you are feeling isolated or worn out, you do not have to wait for a mentor/,
    );
    expect(note?.note).not.toMatch(/burnout|depress|anxiety|disorder|diagnos|symptom/i);
    expect(note?.areas).toEqual([{ domain: 'belonging', band: 'strong-need' }]);
  });

  tableTest<[string, Answers], boolean>(
    'needs: %s',
    (_name, answers) => noteFor(calm(answers)) !== null,
    [
      ['every statement in the middle', {}, false],
      [
        'belonging in the highest-need band, no single statement flagged',
        { 'belonging-2': 5, 'belonging-3': 5, 'belonging-4': 2 },
        true,
      ],
      [
        'belonging with some need only',
        { 'belonging-2': 4, 'belonging-3': 4, 'belonging-4': 4 },
        false,
      ],
      ['"running on empty" agreed', { 'guidance-5': 4 }, true],
      ['"I sometimes feel alone" strongly agreed', { 'belonging-1': 5 }, true],
      ['"I feel that I belong" strongly disagreed', { 'belonging-4': 1 }, true],
      [
        'strong needs elsewhere (direction, networking)',
        { 'direction-1': 5, 'direction-2': 5, 'networking-1': 5, 'networking-3': 5 },
        false,
      ],
    ],
  );
});

test('the schema: a note naming an unknown area or band, or a concern without a note, fails', async () => {
  const needs = (await getCollection('assessments'))
    .map((e) => e.data)
    .find((i) => i.instrument === 'mentoring-needs');
  const base = structuredClone(needs);
  if (!base?.results.support) throw new Error('no support note');
  const withAreas = (areas: { domain: string; band: string }[]) => ({
    ...base,
    results: { ...base.results, support: { ...base.results.support, areas } },
  });
  expect(instrumentSchema.safeParse(base).success).toBe(true);
  const unknown = instrumentSchema.safeParse(withAreas([{ domain: 'nope', band: 'strong-need' }]));
  expect(unknown.error?.issues.map((i) => i.message)).toEqual(['unknown domain "nope"']);
  const badBand = instrumentSchema.safeParse(withAreas([{ domain: 'belonging', band: 'high' }]));
  expect(badBand.error?.issues.map((i) => i.message)).toEqual(['unknown band "high"']);
  const { support: _dropped, ...results } = base.results;
  const noNote = instrumentSchema.safeParse({ ...base, results });
  expect(noNote.success).toBe(false);
  expect(noNote.error?.issues[0]?.message).toMatch(/`concern` needs `results.support`/);
});
