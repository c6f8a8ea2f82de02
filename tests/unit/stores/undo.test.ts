/**
 * The one delete pattern: after a delete, an undo is on offer for ten seconds; only the latest
 * delete can be undone; a restore that cannot be saved keeps the offer so it can be tried again.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  $undo,
  dismissUndo,
  offerUndo,
  undoLast,
  UNDO_SECONDS,
  type UndoOffer,
} from '~/lib/stores/undo';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  dismissUndo();
  vi.useRealTimers();
});

function deleted(title: string, saves = true): UndoOffer & { restoredCount: () => number } {
  let count = 0;
  return {
    message: `Deleted "${title}".`,
    restored: `Restored "${title}".`,
    undo: () => {
      count += 1;
      return saves;
    },
    restoredCount: () => count,
  };
}

describe('the offer', () => {
  test('is shown at once and withdrawn after ten seconds', () => {
    const offer = deleted('Poster');
    offerUndo(offer);
    expect($undo.get()).toBe(offer);
    vi.advanceTimersByTime(UNDO_SECONDS * 1000 - 1);
    expect($undo.get()).toBe(offer);
    vi.advanceTimersByTime(1);
    expect($undo.get()).toBeNull();
    expect(undoLast()).toBeNull();
    expect(offer.restoredCount()).toBe(0);
  });

  test('can last a different time', () => {
    offerUndo(deleted('Poster'), 3);
    vi.advanceTimersByTime(3000);
    expect($undo.get()).toBeNull();
  });

  test('a second delete replaces the first, which stays deleted, and gets its full time', () => {
    const first = deleted('First');
    const second = deleted('Second');
    offerUndo(first);
    vi.advanceTimersByTime(8000);
    offerUndo(second);
    // The first offer's timer must not withdraw the second one.
    vi.advanceTimersByTime(5000);
    expect($undo.get()).toBe(second);
    expect(undoLast()).toEqual({ ok: true, message: 'Restored "Second".' });
    expect(first.restoredCount()).toBe(0);
    expect(second.restoredCount()).toBe(1);
  });

  test('dismissing withdraws it without restoring', () => {
    const offer = deleted('Poster');
    offerUndo(offer);
    dismissUndo();
    expect($undo.get()).toBeNull();
    expect(undoLast()).toBeNull();
    expect(offer.restoredCount()).toBe(0);
  });
});

describe('undoing', () => {
  test('restores, says so, and withdraws the offer', () => {
    const offer = deleted('Poster');
    offerUndo(offer);
    expect(undoLast()).toEqual({ ok: true, message: 'Restored "Poster".' });
    expect($undo.get()).toBeNull();
    expect(offer.restoredCount()).toBe(1);
    // A second press does nothing more.
    expect(undoLast()).toBeNull();
    expect(offer.restoredCount()).toBe(1);
  });

  test('a restore that is not saved says so and keeps the offer to try again', () => {
    const offer = deleted('Poster', false);
    offerUndo(offer);
    expect(undoLast()).toEqual({
      ok: false,
      message: 'Could not restore it: this browser did not save the change.',
    });
    expect($undo.get()).toBe(offer);
    expect(undoLast()?.ok).toBe(false);
    expect(offer.restoredCount()).toBe(2);
  });

  test('after a successful undo, the old timer does not touch a newer offer', () => {
    offerUndo(deleted('First'));
    vi.advanceTimersByTime(2000);
    undoLast();
    const next = deleted('Second');
    offerUndo(next);
    vi.advanceTimersByTime(9000);
    expect($undo.get()).toBe(next);
  });
});
