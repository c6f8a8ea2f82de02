/** A completed needs self-assessment in the stored shape of version 2 (areas in bands). */
import type { Attempt } from '~/lib/schemas/assessments';

/** The needs instrument's bands, as a completed attempt stores them. */
export const needsBands: Attempt['bands'] = [
  { id: 'strong-need', label: 'A strong need', heading: 'Your strongest needs', focus: true },
  { id: 'some-need', label: 'Some need', heading: 'Some need', focus: true },
  { id: 'met', label: 'Met for now', heading: 'Needs that are met for now', focus: false },
];

export function bandedAttempt(id: string, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    instrument: 'mentoring-needs',
    framework: 'none',
    title: 'Mentoring needs',
    audience: 'mentee',
    completedAt: '2026-11-24T12:00:00.000Z',
    answers: {},
    notes: {},
    results: [
      {
        domain: 'guidance',
        name: 'Guidance and support',
        score: 75,
        mean: 4,
        answered: 4,
        band: 'strong-need',
      },
      { domain: 'network', name: 'Networking', score: 50, mean: 3, answered: 4, band: 'some-need' },
      { domain: 'belonging', name: 'Belonging', score: 10, mean: 1.4, answered: 4, band: 'met' },
    ],
    bands: needsBands,
    close: false,
    ...extra,
  };
}
