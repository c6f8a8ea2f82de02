/**
 * Typo-tolerant matching of one typed word against the distinct words of an index, with fuse.js.
 * fuse.js tries every word it is given, and thousands of them take longer than a keystroke on
 * a phone; so a quick letter test first keeps only the words that could be within the allowed
 * typos, and fuse.js ranks those few.
 */
import type Fuse from 'fuse.js';
import type { FuzzyMatch } from './word-index';

/** The largest score (typos as a share of the typed letters) accepted for a word this long. */
export function maxScore(typed: string): number {
  // One typo in four letters is too loose ("abc" would find every word with "ab").
  return typed.length <= 4 ? 0.25 : 0.35;
}

/** The letters of a word as bits (other characters share bits: the test only lets more in). */
function lettersOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) % 32);
  return bits;
}

/** Set bits of a 32-bit number. */
function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

/**
 * A matcher over `words` (lowercase, as the index keeps them): a typed word in, the closest
 * words out with their fuse.js scores (0 exact .. 1 anything), at most `limit`.
 */
export function fuzzyWords(
  FuseClass: typeof Fuse,
  words: readonly string[],
  limit = 24,
): (typed: string) => FuzzyMatch[] {
  let masks: Int32Array | undefined;
  return (typed) => {
    const score = maxScore(typed);
    const typos = Math.floor(score * typed.length);
    // Each letter of the typed word that a word lacks costs at least one typo.
    const want = lettersOf(typed);
    masks ??= Int32Array.from(words, lettersOf);
    const near = words.filter((_, i) => bitCount(want & ~(masks?.[i] ?? 0)) <= typos);
    return new FuseClass(near, { includeScore: true, ignoreLocation: true, threshold: score })
      .search(typed, { limit })
      .map((r) => [r.item, r.score ?? 1]);
  };
}
