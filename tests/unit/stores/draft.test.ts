/**
 * A field's draft and a change made in another tab under it (src/lib/stores/draft.ts): the
 * person is asked only when both texts differ from where the typing began, and nothing typed is
 * dropped without their choice.
 */
import { describe, expect, test } from 'vitest';
import {
  changedUnder,
  inConflict,
  keepMine,
  shownText,
  takeStored,
  typed,
  type Draft,
} from '~/lib/stores/draft';

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

test('a form saved as a whole: only the fields changed in both places are in question', () => {
  const start = { name: 'Ana', role: 'Resident', next: null as string | null };
  const draft = { name: 'Ana', role: 'Chief resident', next: '2026-12-01' as string | null };
  // The other tab changed the role (also typed here) and the name (not typed here).
  const stored = { name: 'Ana B.', role: 'Fellow', next: null };
  expect(changedUnder(draft, start, stored)).toEqual(['role']);
  expect(changedUnder(draft, start, start)).toEqual([]);
  expect(changedUnder(start, start, stored)).toEqual([]);
  // "Use the other tab's": the role comes from there; the rest of the typing stays.
  expect(takeStored(draft, stored, ['role'])).toEqual({
    name: 'Ana',
    role: 'Fellow',
    next: '2026-12-01',
  });
});
