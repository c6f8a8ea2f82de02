/**
 * The needs "Suggested for you" matches on: the areas in focus bands of the latest "What do I
 * need from a mentor?", most pressing first. A need that is met for now, or an area with too few
 * answers, is never one.
 */
import { describe, expect, test } from 'vitest';
import { latestNeeds, needsFromAttempt, type NeedAreas } from '~/lib/mentors/needs';
import type { Attempt } from '~/lib/schemas/assessments';

const bands: Attempt['bands'] = [
  { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
  { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
  { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
];

const names: Record<string, string> = {
  guidance: 'Guidance and support',
  knowledge: 'Knowledge and experience',
  belonging: 'Belonging and community',
  direction: 'Purpose and direction',
  networking: 'Networking',
};

const areas: NeedAreas = {
  guidance: { helpAreas: ['wellbeing', 'career-planning'] },
  knowledge: { helpAreas: ['research', 'clinical-skills'] },
  belonging: { helpAreas: ['belonging-identity'] },
  direction: { helpAreas: ['career-planning'] },
  networking: { helpAreas: ['networking'] },
};

/** A version 2 needs attempt: each domain's score and band (null: not enough answers). */
function attempt(
  results: [domain: string, score: number | null, band: string | null][],
  instrument = 'mentoring-needs',
): Attempt {
  return {
    id: 'a1',
    instrument,
    framework: 'none',
    title: 'What do I need from a mentor?',
    audience: 'mentee',
    completedAt: '2026-11-20T10:00:00.000Z',
    answers: {},
    notes: {},
    results: results.map(([domain, score, band]) => ({
      domain,
      name: names[domain] ?? domain,
      score,
      mean: score === null ? null : 1 + (score / 100) * 4,
      answered: band === null ? 1 : 4,
      band,
    })),
    bands,
    close: false,
  };
}

describe('needsFromAttempt', () => {
  test.each<[string, Attempt, [string, string][]]>([
    [
      'mixed: strong needs first (highest score first), then some need; met is left out',
      attempt([
        ['guidance', 20, 'met'],
        ['knowledge', 55, 'some-need'],
        ['belonging', 90, 'strong-need'],
        ['direction', 30, 'met'],
        ['networking', 70, 'strong-need'],
      ]),
      [
        ['Belonging and community', 'A strong need'],
        ['Networking', 'A strong need'],
        ['Knowledge and experience', 'Some need'],
      ],
    ],
    [
      'every need met for now: no needs at all',
      attempt([
        ['guidance', 10, 'met'],
        ['knowledge', 0, 'met'],
        ['networking', 20, 'met'],
      ]),
      [],
    ],
    [
      'flat, all a strong need: every area, ordered by score',
      attempt([
        ['guidance', 80, 'strong-need'],
        ['networking', 85, 'strong-need'],
      ]),
      [
        ['Networking', 'A strong need'],
        ['Guidance and support', 'A strong need'],
      ],
    ],
    [
      'too few answers to place an area: not a need, whatever its score',
      attempt([
        ['guidance', 100, null],
        ['knowledge', 50, 'some-need'],
      ]),
      [['Knowledge and experience', 'Some need']],
    ],
    [
      'an area no help area meets cannot match a mentor, so it is not listed',
      attempt([
        ['knowledge', 90, 'strong-need'],
        ['unmapped', 95, 'strong-need'],
      ]),
      [['Knowledge and experience', 'A strong need']],
    ],
  ])('%s', (_, given, expected) => {
    expect(needsFromAttempt(given, areas).map((n) => [n.name, n.band])).toEqual(expected);
  });

  test('each need carries the help areas that meet it', () => {
    expect(needsFromAttempt(attempt([['knowledge', 90, 'strong-need']]), areas)).toEqual([
      {
        name: 'Knowledge and experience',
        band: 'A strong need',
        helpAreas: ['research', 'clinical-skills'],
      },
    ]);
  });
});

describe('latestNeeds', () => {
  const byInstrument = { 'mentoring-needs': areas };

  test('null when the needs self-assessment was not taken (other instruments do not count)', () => {
    expect(latestNeeds([], byInstrument)).toBeNull();
    const other = attempt([['knowledge', 90, 'strong-need']], 'clinical-strengths');
    expect(latestNeeds([other], byInstrument)).toBeNull();
  });

  test('the needs of the needs attempt; an empty list when all are met', () => {
    const needs = attempt([['networking', 90, 'strong-need']]);
    expect(latestNeeds([needs], byInstrument)?.map((n) => n.name)).toEqual(['Networking']);
    expect(latestNeeds([attempt([['networking', 5, 'met']])], byInstrument)).toEqual([]);
  });
});
