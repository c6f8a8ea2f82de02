/**
 * Why a mentor is suggested, in one sentence the directory shows on the card: "Matches your
 * need: Networking (a strong need); your interest: research." Pure words from what matched; the
 * matching itself is in match.ts.
 */
import { plural } from '../../i18n/plural';

/** A need a mentor matched: the area's name and its band's label ("A strong need"), if any. */
export interface MatchedNeed {
  name: string;
  band?: string | undefined;
}

/** Lists words as "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Guidance and support (a strong need) and Networking (some need)": each band after its name. */
export function describeNeeds(needs: readonly MatchedNeed[]): string {
  return listWords(
    needs.map((n) => (n.band ? `${n.name} (${n.band.toLocaleLowerCase('en-US')})` : n.name)),
  );
}

/**
 * The sentence for the needs and interests a mentor matches, or null when nothing matched.
 * Needs come in the order given (most pressing first), interests as the person typed them.
 */
export function matchReason(
  needs: readonly MatchedNeed[],
  interests: readonly string[],
  locale = 'en',
): string | null {
  const parts: string[] = [];
  if (needs.length > 0) {
    parts.push(
      plural(
        locale,
        needs.length,
        { one: 'your need: {list}', other: 'your needs: {list}' },
        {
          list: describeNeeds(needs),
        },
      ),
    );
  }
  if (interests.length > 0) {
    parts.push(
      plural(
        locale,
        interests.length,
        { one: 'your interest: {list}', other: 'your interests: {list}' },
        { list: listWords(interests) },
      ),
    );
  }
  return parts.length ? `Matches ${parts.join('; ')}.` : null;
}
