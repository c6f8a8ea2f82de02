/** A small instrument for scoring tests: three domains on a 1 to 5 scale with "not sure". */
import type { Instrument } from '~/lib/schemas/instrument';

const domain = (
  id: string,
  guides: string[] = [],
  kinds: Instrument['domains'][number]['mentoringKinds'] = [],
) => ({
  id,
  name: id.toUpperCase(),
  description: id,
  relatedGuides: guides,
  mentoringKinds: kinds,
  helpAreas: [],
  bands: { high: `${id} high`, middle: `${id} middle`, low: `${id} low` },
});

export const instrument: Instrument = {
  instrument: 'test',
  framework: 'none',
  title: 'Test',
  description: 'Test',
  audience: ['students'],
  minutes: 5,
  order: 1,
  scale: {
    points: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
    notSure: 'Not sure',
  },
  results: {
    audience: 'mentee',
    bands: [
      { id: 'high', label: 'High', heading: 'Highs', from: 3.5, focus: false },
      { id: 'middle', label: 'Middle', heading: 'Middles', from: 2.5, focus: true },
      { id: 'low', label: 'Low', heading: 'Lows', from: 1, focus: true },
    ],
    minAnswered: 1,
    closeTo: 0.5,
  },
  domains: [
    domain('a', ['mentees/guidance-and-support'], ['one-to-one']),
    domain(
      'b',
      ['mentees/purpose-and-direction', 'mentees/guidance-and-support'],
      ['near-peer', 'one-to-one'],
    ),
    domain('c', [], ['sponsor']),
  ],
  items: [
    { id: 'a1', domain: 'a', text: 'a1', reverse: false },
    { id: 'a2', domain: 'a', text: 'a2', reverse: false },
    { id: 'b1', domain: 'b', text: 'b1', reverse: false },
    { id: 'b2', domain: 'b', text: 'b2', reverse: true },
    { id: 'c1', domain: 'c', text: 'c1', reverse: false },
  ],
  reflection: [],
};
