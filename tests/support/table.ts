/**
 * Table tests for pure functions (STYLE.md, habit 3: inputs in, expected out). Each row becomes
 * one test through `test.each`, so the title's `%s`, `%j`, `%i`... fill in the row's cells in
 * order, and a test file holds only the rows, not the loop and the assertion around them.
 */
import { expect, test } from 'vitest';

/** A row: the function's arguments, then the value it must return. */
export type Row<Args extends unknown[], R> = [...args: Args, expected: R];

export interface TableOptions {
  /** Compare with `toEqual` (arrays, objects by value) instead of `toBe`. Default: `toBe`. */
  deep?: boolean;
}

/** One test per row: `fn(...args)` gives `expected`. */
export function tableTest<Args extends unknown[], R>(
  title: string,
  fn: (...args: Args) => R,
  rows: Row<Args, R>[],
  options: TableOptions = {},
): void {
  test.each(rows)(title, (...row) => {
    const actual = fn(...(row.slice(0, -1) as Args));
    const expected = row.at(-1) as R;
    if (options.deep) expect(actual).toEqual(expected);
    else expect(actual).toBe(expected);
  });
}

/**
 * For rows that start with a name for the test (title usually `'%s'`): the function called
 * with the rest of the row, the name left out.
 */
export function named<Args extends unknown[], R>(fn: (...args: Args) => R) {
  return (_name: string, ...args: Args): R => fn(...args);
}
