import { describe } from 'vitest';
import { joinBase, normalizeBase, stripBase } from '~/lib/url';
import { tableTest } from '../support/table';

describe('normalizeBase', () => {
  tableTest('%j -> %j', normalizeBase, [
    ['/', '/'],
    ['', '/'],
    ['medmentor', '/medmentor/'],
    ['/medmentor', '/medmentor/'],
    ['/medmentor/', '/medmentor/'],
    ['//a/b//', '/a/b/'],
  ]);
});

describe('joinBase', () => {
  tableTest('base %j + %j -> %j', joinBase, [
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
  ]);
});

describe('stripBase', () => {
  tableTest('base %j, %j -> %j', stripBase, [
    ['/', '/guides/', '/guides/'],
    ['/medmentor/', '/medmentor/guides/', '/guides/'],
    ['/medmentor/', '/medmentor/', '/'],
    ['/medmentor/', '/other/', '/other/'],
  ]);
});
