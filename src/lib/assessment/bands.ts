/**
 * Honest bands: each area of a self-assessment is placed in an absolute band on the
 * instrument's own scale ("A strong need", "Developing"), never by its rank among the other
 * areas. Ranking only orders areas inside a band. An area with too few answers has "not enough
 * to go on"; when every area lands in one band, or the averages are too close to tell apart,
 * the results say so instead of inventing a top and a bottom.
 */
import type { Answers, DomainScore } from './score';

/** A band as an instrument defines it (docs/authoring-instruments.md). */
export interface BandRule {
  id: string;
  label: string;
  heading: string;
  /** The lowest average on the scale that is in this band. */
  from: number;
  focus: boolean;
}

export interface BandRules {
  /** Highest first; the last starts at the scale's lowest value. */
  bands: readonly BandRule[];
  minAnswered: number;
  closeTo: number;
}

/** One area's place: its band id, or null when it has not enough answers to go on. */
export interface AreaBand {
  domain: string;
  band: string | null;
  mean: number | null;
  answered: number;
}

export interface Banding {
  /** Every area, in the instrument's order. */
  areas: AreaBand[];
  /** Bands that hold at least one area, highest first; inside each, the highest average first. */
  groups: { band: BandRule; domains: string[] }[];
  /** Areas with fewer than `minAnswered` answers on the scale, in the instrument's order. */
  notEnough: string[];
  /** The band every banded area is in, when there are two or more and all share one. */
  oneBand: BandRule | null;
  /** Two or more banded areas whose averages all lie within `closeTo` of each other. */
  close: boolean;
  /**
   * Areas in focus bands, most pressing first: next steps, goals and mentor suggestions come
   * from these. When the focus bands are at the top of the scale (needs), the highest average
   * comes first; when they are at the bottom (growth areas), the lowest.
   */
  focus: string[];
}

/** The band an average falls in; null without an average. */
export function bandFor(rules: Pick<BandRules, 'bands'>, mean: number | null): BandRule | null {
  if (mean === null) return null;
  return rules.bands.find((b) => mean >= b.from) ?? rules.bands.at(-1) ?? null;
}

/** Places every area in its band. */
export function band(rules: BandRules, scores: readonly DomainScore[]): Banding {
  const areas: AreaBand[] = scores.map((s) => ({
    domain: s.domain,
    band: s.answered >= rules.minAnswered ? (bandFor(rules, s.mean)?.id ?? null) : null,
    mean: s.mean,
    answered: s.answered,
  }));
  const banded = areas.filter((a) => a.band !== null);
  const byMean = (a: AreaBand, b: AreaBand) => (b.mean ?? 0) - (a.mean ?? 0);
  const groups = rules.bands
    .map((rule) => ({
      band: rule,
      domains: banded
        .filter((a) => a.band === rule.id)
        .sort(byMean)
        .map((a) => a.domain),
    }))
    .filter((g) => g.domains.length > 0);
  const means = banded.map((a) => a.mean ?? 0);
  const focusAtTop = rules.bands[0]?.focus ?? false;
  const focusIds = new Set(rules.bands.filter((b) => b.focus).map((b) => b.id));
  const focus = banded
    .filter((a) => a.band !== null && focusIds.has(a.band))
    .sort((a, b) => (focusAtTop ? byMean(a, b) : byMean(b, a)))
    .map((a) => a.domain);
  return {
    areas,
    groups,
    notEnough: areas.filter((a) => a.band === null).map((a) => a.domain),
    oneBand: banded.length > 1 && groups.length === 1 ? (groups[0]?.band ?? null) : null,
    close: banded.length > 1 && Math.max(...means) - Math.min(...means) < rules.closeTo,
    focus,
  };
}

/** The concerns a set of answers points to ("isolation", "exhaustion"), each once. */
export function concerns(
  items: readonly {
    id: string;
    concern?: { topic: string; answers: readonly number[] } | undefined;
  }[],
  answers: Answers,
): string[] {
  const found = new Set<string>();
  for (const item of items) {
    const answer = answers[item.id];
    if (item.concern && typeof answer === 'number' && item.concern.answers.includes(answer)) {
      found.add(item.concern.topic);
    }
  }
  return [...found];
}
