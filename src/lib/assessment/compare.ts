/** Comparing attempts: the change per domain since the previous attempt, and the trend. */
import type { DomainScore } from './score';

export interface Change {
  domain: string;
  /** Points on the 0 to 100 score since the previous attempt, or null if either is unscored. */
  delta: number | null;
}

export function compare(
  previous: readonly DomainScore[],
  current: readonly DomainScore[],
): Change[] {
  return current.map((now) => {
    const before = previous.find((p) => p.domain === now.domain);
    const delta =
      before?.score === null || before?.score === undefined || now.score === null
        ? null
        : now.score - before.score;
    return { domain: now.domain, delta };
  });
}

/** "up 12", "down 5", "no change", or "not comparable". */
export function describeChange(delta: number | null): string {
  if (delta === null) return 'not comparable';
  if (delta === 0) return 'no change';
  return delta > 0 ? `up ${delta}` : `down ${-delta}`;
}

/** Scores per domain across attempts, oldest first. */
export function trend(
  attempts: readonly (readonly DomainScore[])[],
  domain: string,
): (number | null)[] {
  return attempts.map((scores) => scores.find((s) => s.domain === domain)?.score ?? null);
}
