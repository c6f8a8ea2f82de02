import { describe, expect, test } from 'vitest';
import { byOrder, neighbors, sequenceProblems, type Sequenced } from '~/lib/content/sequence';

const g = (id: string, order: number, track = id.split('/')[0] ?? ''): Sequenced => ({
  id,
  data: { order, track },
});

describe('byOrder', () => {
  test('sorts by order, then id', () => {
    const sorted = byOrder([g('a/c', 2), g('a/b', 1), g('a/a', 2)]);
    expect(sorted.map((e) => e.id)).toEqual(['a/b', 'a/a', 'a/c']);
  });
});

describe('neighbors', () => {
  const list = [g('a/one', 1), g('a/two', 2), g('a/three', 3)];
  test.each([
    ['a/one', undefined, 'a/two'],
    ['a/two', 'a/one', 'a/three'],
    ['a/three', 'a/two', undefined],
    ['a/missing', undefined, undefined],
  ])('%s: prev %s, next %s', (id, prev, next) => {
    const result = neighbors(list, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });
});

describe('sequenceProblems', () => {
  test.each<[string, Sequenced[], string[]]>([
    ['a clean sequence', [g('a/x', 1), g('a/y', 2), g('b/z', 1)], []],
    ['a gap', [g('a/x', 1), g('a/y', 3)], ['a/y: order is 3, expected 2']],
    ['a repeat', [g('a/x', 1), g('a/y', 1)], ['a/y: order is 1, expected 2']],
    ['not starting at 1', [g('a/x', 2)], ['a/x: order is 2, expected 1']],
    ['wrong folder', [g('a/x', 1, 'b')], ['a/x: track is "b" but the file is in the "a" folder']],
  ])('%s', (_name, entries, expected) => {
    const problems = sequenceProblems(entries);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(problems[i]).toContain(start));
  });
});
