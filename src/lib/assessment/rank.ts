/**
 * Strengths and growth areas: the highest and lowest scored domains. Ties at the cut are all
 * named rather than picked at random; a domain is never both; domains without a score are left
 * out and explained. Each outcome carries notes a person can read.
 */
import { pluralCount } from '../../i18n/plural';
import { pageLocale } from '../format';
import type { DomainScore } from './score';

export interface Ranking {
  /** Domain ids at the top, highest first. */
  high: string[];
  /** Domain ids at the bottom, lowest first. */
  low: string[];
  /** Domains with no score (everything "not sure" or unanswered). */
  unscored: string[];
  /** Plain explanations of ties and gaps, for the results page. */
  notes: string[];
}

/** Takes the first `n` of a sorted list, plus any that tie with the n-th. */
function takeWithTies(sorted: DomainScore[], n: number): DomainScore[] {
  const cut = sorted[n - 1]?.score;
  if (cut === undefined) return sorted;
  return sorted.filter((d, i) => i < n || d.score === cut);
}

export function rank(scores: readonly DomainScore[], highlight: number): Ranking {
  const scored = scores.filter((s) => s.score !== null);
  const unscored = scores.filter((s) => s.score === null).map((s) => s.domain);
  const notes: string[] = [];
  if (unscored.length > 0) {
    notes.push(
      pluralCount(pageLocale(), unscored.length, {
        one: 'One area has no score, because every item was answered "not sure" or left blank.',
        other: '{n} areas have no score, because every item was answered "not sure" or left blank.',
      }),
    );
  }
  if (scored.length === 0) return { high: [], low: [], unscored, notes };
  const distinct = new Set(scored.map((s) => s.score));
  if (distinct.size === 1) {
    notes.push(
      'Every area has the same score, so none stands out as a strength or a growth area. A mentor conversation about specific situations can show differences the numbers do not.',
    );
    return { high: [], low: [], unscored, notes };
  }
  const desc = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const asc = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  // With few scored areas, the two ends would overlap: split them.
  const n = Math.max(1, Math.min(highlight, Math.floor(scored.length / 2)));
  const high = takeWithTies(desc, n);
  const low = takeWithTies(asc, n).filter((d) => !high.includes(d));
  if (high.length > n || low.length > n) {
    notes.push('Some areas have the same score, so more than the usual number are named.');
  }
  return { high: high.map((d) => d.domain), low: low.map((d) => d.domain), unscored, notes };
}
