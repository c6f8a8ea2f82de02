import { describe, expect, test } from 'vitest';
import { joinBase, normalizeBase, stripBase } from '~/lib/url';

describe('normalizeBase', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['medmentor', '/medmentor/'],
    ['/medmentor', '/medmentor/'],
    ['/medmentor/', '/medmentor/'],
    ['//a/b//', '/a/b/'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  test.each([
    ['/', '/guides/', '/guides/'],
    ['/medmentor/', '/guides/', '/medmentor/guides/'],
    ['/medmentor', '/', '/medmentor/'],
    ['/medmentor/', '/favicon.svg', '/medmentor/favicon.svg'],
    ['/medmentor/', '#main', '#main'],
    ['/medmentor/', 'relative/page/', 'relative/page/'],
    ['/medmentor/', 'https://example.org/x', 'https://example.org/x'],
    ['/medmentor/', '//cdn.example.org/x', '//cdn.example.org/x'],
    ['/medmentor/', 'mailto:lead@example.edu', 'mailto:lead@example.edu'],
    ['/medmentor/', '/guides/#top', '/medmentor/guides/#top'],
  ])('base %j + %j -> %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('stripBase', () => {
  test.each([
    ['/', '/guides/', '/guides/'],
    ['/medmentor/', '/medmentor/guides/', '/guides/'],
    ['/medmentor/', '/medmentor/', '/'],
    ['/medmentor/', '/other/', '/other/'],
  ])('base %j, %j -> %j', (base, pathname, expected) => {
    expect(stripBase(base, pathname)).toBe(expected);
  });
});
