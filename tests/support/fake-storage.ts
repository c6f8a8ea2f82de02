/**
 * A Web Storage double for unit tests: behaves like localStorage, can be made to throw like a
 * private window (every access) or like a full disk (writes over a byte quota).
 */
export class FakeStorage implements Storage {
  private values = new Map<string, string>();
  /** Writes that would take the total over this many UTF-16 bytes throw QuotaExceededError. */
  quota = Infinity;
  /** When true, every access throws SecurityError, as in some private modes. */
  broken = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  private guard() {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  get length() {
    this.guard();
    return this.values.size;
  }
  key(index: number) {
    this.guard();
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.guard();
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.guard();
    let total = 0;
    for (const [k, v] of this.values) if (k !== key) total += (k.length + v.length) * 2;
    if (total + (key.length + value.length) * 2 > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.values.set(key, String(value));
  }
  removeItem(key: string) {
    this.guard();
    this.values.delete(key);
  }
  clear() {
    this.guard();
    this.values.clear();
  }
  /** The raw contents, for assertions. */
  dump(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}
