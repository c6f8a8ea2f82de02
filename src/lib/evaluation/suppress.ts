/**
 * Small-cell suppression of one line of counts that adds up to a total (a round's answers to one
 * statement, its bands in one area, the respondents of each round).
 *
 * - A group under `k` people gets no figure: a line whose total is under `k` is hidden whole,
 *   and a count from 1 to `k - 1` is hidden. A count of 0 is shown: it describes nobody.
 * - Complementary suppression: with the total shown, a single hidden count could be worked out by
 *   subtraction, and so could the sum of several small ones. More counts are hidden, smallest
 *   first, until at least two are hidden and together they hold at least `k` people; then what a
 *   reader can work out (the hidden counts' sum) is itself a group of at least `k`.
 * - Where the total may go instead (`total: 'hide-if-needed'`, the respondents per round), the
 *   total is hidden rather than a second count.
 *
 * Every hidden count looks the same in the report, so it never says which count was the small one.
 */

/** A count as the report may show it, or null when it is hidden. */
export type Shown = number | null;

export interface SuppressedLine {
  cells: Shown[];
  total: Shown;
}

/** Hides the counts of `counts` (and, where needed, its total) that could identify fewer than `k` people. */
export function suppressLine(
  counts: readonly number[],
  k: number,
  total: 'keep' | 'hide-if-needed' = 'keep',
): SuppressedLine {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum < k) return { cells: counts.map(() => null), total: null };
  const hidden = new Set(counts.flatMap((c, i) => (c > 0 && c < k ? [i] : [])));
  const hiddenSum = () => [...hidden].reduce((a, i) => a + (counts[i] ?? 0), 0);
  const safe = () => hidden.size === 0 || (hidden.size >= 2 && hiddenSum() >= k);
  if (total === 'hide-if-needed' && !safe()) {
    return { cells: counts.map((c, i) => (hidden.has(i) ? null : c)), total: null };
  }
  while (!safe()) {
    let next = -1;
    counts.forEach((c, i) => {
      if (!hidden.has(i) && c > 0 && (next < 0 || c < (counts[next] ?? 0))) next = i;
    });
    // Cannot happen (the shown counts hold the rest of a total of at least k), but if it did,
    // hiding everything is the safe way out.
    if (next < 0) return { cells: counts.map(() => null), total: sum };
    hidden.add(next);
  }
  return { cells: counts.map((c, i) => (hidden.has(i) ? null : c)), total: sum };
}
