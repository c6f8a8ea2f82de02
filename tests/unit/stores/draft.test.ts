/**
 * A field's draft and a change made in another tab under it (src/lib/stores/draft.ts): the
 * person is asked only when both texts differ from where the typing began, and nothing typed is
 * dropped without their choice.
 */
import { describe, expect, test } from 'vitest';
import { inConflict, keepMine, shownText, typed, type Draft } from '~/lib/stores/draft';

const draft = (text: string, base: string): Draft => ({ text, base });

describe('typed', () => {
  test('remembers the stored text the typing began from, over later keystrokes', () => {
    const first = typed(null, 'Old', 'Old!');
    expect(first).toEqual({ text: 'Old!', base: 'Old' });
    // Another tab's change arriving between keystrokes does not move the start.
    expect(typed(first, 'Theirs', 'Old!!')).toEqual({ text: 'Old!!', base: 'Old' });
  });
});

test.each<[string, Draft | null, string, boolean, string]>([
  // name, draft, stored now, conflict, shown
  ['no typing, stored text changed elsewhere', null, 'Theirs', false, 'Theirs'],
  ['typing, nothing changed elsewhere', draft('Mine', 'Old'), 'Old', false, 'Mine'],
  ['typing, another tab changed the field', draft('Mine', 'Old'), 'Theirs', true, 'Mine'],
  ['typing, another tab typed the same text', draft('Same', 'Old'), 'Same', false, 'Same'],
  [
    'typing undone (back to the start), changed elsewhere',
    draft('Old', 'Old'),
    'Theirs',
    false,
    'Theirs',
  ],
  ['typing cleared the field, changed elsewhere', draft('', 'Old'), 'Theirs', true, ''],
  ['another tab cleared the field under typing', draft('Mine', 'Old'), '', true, 'Mine'],
])('%s', (_name, value, stored, conflict, shown) => {
  expect(inConflict(value, stored)).toBe(conflict);
  expect(shownText(value, stored)).toBe(shown);
});

test('"Keep mine": the typing stays, and only a further change elsewhere asks again', () => {
  const kept = keepMine(draft('Mine', 'Old'), 'Theirs');
  expect(shownText(kept, 'Theirs')).toBe('Mine');
  expect(inConflict(kept, 'Theirs')).toBe(false);
  // Once saved, the stored text is the typing: no question.
  expect(inConflict(kept, 'Mine')).toBe(false);
  // A third text from another tab asks again.
  expect(inConflict(kept, 'Third')).toBe(true);
});
