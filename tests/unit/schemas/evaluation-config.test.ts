/** The evaluation part of medmentor.config.ts: the cohort code and the smallest group shown. */
import { describe, expect, test } from 'vitest';
import { parseSiteConfig } from '~/lib/schemas/config';
import shipped from '../../../medmentor.config';

describe('evaluation config', () => {
  test('defaults: no cohort (responses off) and groups of at least 5', () => {
    expect(parseSiteConfig({}).evaluation).toEqual({ cohort: '', minGroupSize: 5 });
    expect(parseSiteConfig(shipped).evaluation.minGroupSize).toBe(5);
  });

  test('a program may set a cohort code and raise the group size', () => {
    expect(
      parseSiteConfig({ evaluation: { cohort: 'Class of 2028', minGroupSize: 8 } }).evaluation,
    ).toEqual({ cohort: 'Class of 2028', minGroupSize: 8 });
  });

  test('minGroupSize 4 stops the build with a message naming the field and why', () => {
    const parse = () => parseSiteConfig({ evaluation: { minGroupSize: 4 } });
    expect(parse).toThrow(/^medmentor\.config\.ts is not valid:\n/);
    expect(parse).toThrow(
      '  - evaluation.minGroupSize: must be at least 5: a smaller group could identify people (it may be raised, never lowered)',
    );
  });

  test.each(['Class <2028>', 'a'.repeat(41), 'mentoring@school.edu'])(
    'a cohort code %j that would not fit a response file is refused',
    (cohort) => {
      expect(() => parseSiteConfig({ evaluation: { cohort } })).toThrow(
        /evaluation\.cohort: use 1-40 letters, digits, spaces/,
      );
    },
  );
});
