/**
 * An inverted word index, for searching thousands of records on every keystroke. Each record's
 * fields are split once into normalized words (lowercase, accents folded: "José" is "jose");
 * each word lists the records it appears in with its field's weight; the distinct words are kept
 * sorted, so a typed word finds its completions ("oka" -> "okafor") by binary search. Typos go
 * to a fuzzy matcher the caller gives (fuse.js over the distinct words: a few thousand short
 * words, not every record; see mentors.ts).
 */

/** Gives each field value of a record, with the field's weight (heavier fields rank higher). */
export type FieldsOf<T> = (record: T, add: (text: string, weight: number) => void) => void;

/** A word of the index close to a typed word, with its score: 0 exact .. 1 anything. */
export type FuzzyMatch = readonly [word: string, score: number];

export interface WordIndex {
  /** The distinct words, sorted by code unit (the order `<` compares in). */
  vocabulary: string[];
  /** Where each word's records start in `ids` and `weights` (and, one further on, end). */
  starts: Int32Array;
  /** The records of each word in turn, in index order; a record can repeat within a word. */
  ids: Int32Array;
  /** The weight of the field the word is in, for each entry of `ids`. */
  weights: Float32Array;
  /** A word's position in `vocabulary`. */
  positions: Map<string, number>;
  size: number;
}

const ascii = /^[ -~]*$/;
const diacritics = /[\u0300-\u036f]/g;
const separators = /[^\p{L}\p{N}]+/u;

/** The words of a text, as the index keeps them: "First-generation José" -> first, generation, jose. */
export function toWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most names and fields are plain ASCII, with no accents to fold: the quick way round.
  const folded = ascii.test(lower) ? lower : lower.normalize('NFD').replace(diacritics, '');
  return folded.split(separators).filter((w) => w.length > 0);
}

/** Indexes records, whose fields `fieldsOf` gives; a record's id is its position. */
export function buildWordIndex<T>(records: readonly T[], fieldsOf: FieldsOf<T>): WordIndex {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  // Field values repeat across records (specialties, languages, interests): split each once.
  const split = new Map<string, number[]>();
  const idOf = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = words.push(word) - 1));
    return id;
  };
  // Every (word, record, weight) in flat arrays first, then grouped by word: a few hundred
  // thousand entries, with none of the garbage of a list per word.
  let count = 0;
  let byWord = new Int32Array(records.length * 32 + 64);
  let byRecord = new Int32Array(byWord.length);
  let byWeight = new Float32Array(byWord.length);
  let record = 0;
  const add = (text: string, weight: number) => {
    let ids = split.get(text);
    if (!ids) split.set(text, (ids = toWords(text).map(idOf)));
    for (let i = 0; i < ids.length; i++) {
      if (count === byWord.length) {
        byWord = grow(byWord);
        byRecord = grow(byRecord);
        byWeight = grow(byWeight);
      }
      byWord[count] = ids[i] ?? 0;
      byRecord[count] = record;
      byWeight[count++] = weight;
    }
  };
  for (; record < records.length; record++) fieldsOf(records[record] as T, add);
  const order = words
    .map((_, i) => i)
    .sort((a, b) => ((words[a] ?? '') < (words[b] ?? '') ? -1 : 1));
  const rank = new Int32Array(words.length);
  order.forEach((id, position) => (rank[id] = position));
  const starts = new Int32Array(words.length + 1);
  for (let i = 0; i < count; i++) {
    const after = (rank[byWord[i] ?? 0] ?? 0) + 1;
    starts[after] = (starts[after] ?? 0) + 1;
  }
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const next = starts.slice(0, -1);
  const ids = new Int32Array(count);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const word = rank[byWord[i] ?? 0] ?? 0;
    const at = next[word] ?? 0;
    next[word] = at + 1;
    ids[at] = byRecord[i] ?? 0;
    weights[at] = byWeight[i] ?? 0;
  }
  const vocabulary = order.map((id) => words[id] ?? '');
  const positions = new Map(vocabulary.map((word, i) => [word, i]));
  return { vocabulary, starts, ids, weights, positions, size: records.length };
}

function grow<T extends Int32Array | Float32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The first position in the sorted words at or after `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index words a typed word stands for, each with how well it matches: 1 the whole word, over
 * 0.5 a completion (the more of it typed, the more), at most 0.5 a fuzzy match. Fuzzy matching
 * only when nothing starts with the typed word, and only from three letters on.
 */
function matchesOf(
  index: WordIndex,
  term: string,
  fuzzy: (word: string) => readonly FuzzyMatch[],
): [position: number, quality: number][] {
  const words = index.vocabulary;
  const out: [number, number][] = [];
  for (let i = lowerBound(words, term); i < words.length; i++) {
    const word = words[i] ?? '';
    if (!word.startsWith(term)) break;
    out.push([i, word === term ? 1 : 0.5 + (0.5 * term.length) / (word.length + 1)]);
  }
  if (out.length > 0 || term.length < 3) return out;
  return fuzzy(term).flatMap(([word, score]) => {
    const at = index.positions.get(word);
    return at === undefined ? [] : [[at, 0.5 * (1 - score)] as [number, number]];
  });
}

/**
 * The ids of the records that match every word of the query, best first (the weighted sum of
 * each word's best field), ties in index order. Null when the query has no words.
 */
export function searchWordIndex(
  index: WordIndex,
  query: string,
  fuzzy: (word: string) => readonly FuzzyMatch[],
): number[] | null {
  const terms = [...new Set(toWords(query))];
  if (terms.length === 0) return null;
  const { starts, ids, weights } = index;
  const total = new Float64Array(index.size);
  // How many of the query's words each record has matched so far.
  const matched = new Uint16Array(index.size);
  let found: number[] = [];
  for (const [k, term] of terms.entries()) {
    const best = new Float64Array(index.size);
    found = [];
    for (const [at, quality] of matchesOf(index, term, fuzzy)) {
      const end = starts[at + 1] ?? 0;
      for (let j = starts[at] ?? 0; j < end; j++) {
        const id = ids[j] ?? 0;
        if (matched[id] !== k) continue;
        const score = (weights[j] ?? 0) * quality;
        if (best[id] === 0) found.push(id);
        if (score > (best[id] ?? 0)) best[id] = score;
      }
    }
    if (found.length === 0) return [];
    for (const id of found) {
      matched[id] = k + 1;
      total[id] = (total[id] ?? 0) + (best[id] ?? 0);
    }
  }
  return found.sort((a, b) => (total[b] ?? 0) - (total[a] ?? 0) || a - b);
}
