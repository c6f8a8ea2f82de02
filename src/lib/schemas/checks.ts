/**
 * Checks built on `z.refine` (already on every page) instead of zod/mini's `z.regex`,
 * `z.maximum`, `z.trim` and `z.strictObject`. zod's core is one shared chunk, so each check
 * kind used by any page's schema is paid for by every page: those four cost every tool page
 * about 0.25 KB gzip (budget.spec.ts). Same rules, same inferred types.
 */
import * as z from 'zod/mini';

/** A string matching `pattern` (anchor it: `^...$`). */
export const matches = (pattern: RegExp, message: string) =>
  z.refine<string>((value) => pattern.test(value), message);

/** A number at most `max`. */
export const atMost = (max: number) =>
  z.refine<number>((value) => value <= max, `at most ${String(max)}`);

/** A string with no space at its start or end (what a trimmed input gives). */
export const trimmed = z.refine<string>((value) => value.trim() === value, 'spaces at either end');

/**
 * An object with exactly these keys: one this version does not know fails the value (the
 * inferred type is that of `z.strictObject`).
 */
export function closedObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = (value: object) => Object.keys(value).every((key) => Object.hasOwn(shape, key));
  return z
    .looseObject(shape)
    .check(z.refine(known, 'a field this version does not know')) as unknown as z.ZodMiniObject<
    Shape,
    z.core.$strict
  >;
}
