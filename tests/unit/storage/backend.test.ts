import { describe, expect, test } from 'vitest';
import { isQuotaError, memoryBackend, openBackend, webStorageBackend } from '~/lib/storage/backend';
import { FakeStorage } from '../../support/fake-storage';

/** A DOMException as older browsers made it: a non-standard name, the meaning only in `code`. */
function legacyDomException(name: string, code: number): DOMException {
  const error = new DOMException('legacy', name);
  Object.defineProperty(error, 'code', { value: code });
  return error;
}

describe('isQuotaError', () => {
  test.each<[string, unknown, boolean]>([
    ['QuotaExceededError', new DOMException('full', 'QuotaExceededError'), true],
    ['Firefox name', new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'), true],
    ['SecurityError', new DOMException('no', 'SecurityError'), false],
    ['an old browser that gives only code 22', legacyDomException('QUOTA_EXCEEDED_ERR', 22), true],
    [
      'an old Firefox that gives only code 1014',
      legacyDomException('NS_ERROR_STORAGE', 1014),
      true,
    ],
    ['another legacy code', legacyDomException('NOT_FOUND_ERR', 8), false],
    ['a plain Error', new Error('QuotaExceededError'), false],
  ])('%s -> %s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('openBackend', () => {
  test('uses localStorage when it works', () => {
    expect(openBackend(() => new FakeStorage()).mode).toBe('local');
  });
  test('falls back to memory when storage throws on access (private mode)', () => {
    const storage = new FakeStorage();
    storage.broken = true;
    const backend = openBackend(() => storage);
    expect(backend.mode).toBe('memory');
    backend.set('medmentor:x', '1');
    expect(backend.get('medmentor:x')).toBe('1');
  });
  test('falls back to memory when there is no storage at all', () => {
    expect(openBackend(() => undefined).mode).toBe('memory');
    expect(
      openBackend(() => {
        throw new DOMException('denied', 'SecurityError');
      }).mode,
    ).toBe('memory');
  });
  test('keeps using a full storage, whose data still reads', () => {
    const storage = new FakeStorage({ 'medmentor:prefs': '{"version":1}' });
    storage.quota = 10;
    const backend = openBackend(() => storage);
    expect(backend.mode).toBe('local');
    expect(backend.get('medmentor:prefs')).toBe('{"version":1}');
  });
});

describe('webStorageBackend', () => {
  test('a write over the quota fails with "quota" and keeps the old value', () => {
    const storage = new FakeStorage({ k: 'old' });
    storage.quota = 40;
    const backend = webStorageBackend(storage);
    expect(backend.set('k', 'x'.repeat(100))).toEqual({ ok: false, reason: 'quota' });
    expect(backend.get('k')).toBe('old');
  });
  test('never throws when storage breaks after opening', () => {
    const storage = new FakeStorage({ k: 'v' });
    const backend = webStorageBackend(storage);
    storage.broken = true;
    expect(backend.get('k')).toBeNull();
    expect(backend.set('k', 'w')).toEqual({ ok: false, reason: 'unavailable' });
    expect(() => backend.remove('k')).not.toThrow();
    expect(backend.keys()).toEqual([]);
  });
  test('memory backend lists and removes keys', () => {
    const backend = memoryBackend({ a: '1' });
    backend.set('b', '2');
    backend.remove('a');
    expect(backend.keys()).toEqual(['b']);
  });
});
