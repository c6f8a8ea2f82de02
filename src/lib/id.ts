/**
 * The one id helper: short, unique enough for one person's data (time plus randomness), and
 * available everywhere. Not `crypto.randomUUID`, which needs a secure context (a page opened
 * from a file or a plain-http intranet would throw).
 */
export function newId(now = Date.now()): string {
  return `${now.toString(36)}${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}
