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
  high: `${id} high`,
  low: `${id} low`,
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
  results: { highTitle: 'High', lowTitle: 'Low', highlight: 1, recommendFor: 'low' },
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
