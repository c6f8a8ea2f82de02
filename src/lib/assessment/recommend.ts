/**
 * What to do next with results: the guides for each growth area (or, for the needs
 * assessment, each top need) and the kinds of mentoring that fit, without repeats.
 */
import type { Instrument } from '../schemas/instrument';

/** Plain names of the kinds of mentoring. */
export const mentoringKindLabels: Record<string, { name: string; description: string }> = {
  'one-to-one': {
    name: 'One-to-one mentoring',
    description: 'a mentor who knows you and your goals, met regularly',
  },
  'near-peer': {
    name: 'Near-peer mentoring',
    description: 'someone a year or a few ahead of you who remembers your stage well',
  },
  'peer-group': {
    name: 'Peer group mentoring',
    description: 'a small group at the same stage that meets to share and support',
  },
  'identity-based': {
    name: 'Identity-based or affinity mentoring',
    description: 'mentors and groups who share an identity or background with you',
  },
  sponsor: {
    name: 'A sponsor',
    description: 'someone with influence who recommends you and opens doors',
  },
  'career-adviser': {
    name: 'A career or specialty adviser',
    description: 'someone who knows the path you are considering',
  },
};

export interface Recommendation {
  /** Guides to read, as track/slug ids, most relevant first, without repeats. */
  guides: string[];
  /** Kinds of mentoring that fit, without repeats. */
  kinds: string[];
}

export function recommend(
  instrument: Pick<Instrument, 'domains'>,
  focus: readonly string[],
): Recommendation {
  const guides: string[] = [];
  const kinds: string[] = [];
  for (const id of focus) {
    const domain = instrument.domains.find((d) => d.id === id);
    if (!domain) continue;
    for (const g of domain.relatedGuides) if (!guides.includes(g)) guides.push(g);
    for (const k of domain.mentoringKinds) if (!kinds.includes(k)) kinds.push(k);
  }
  return { guides, kinds };
}
