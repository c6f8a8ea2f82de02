/** Checks shared by the stores' sharing tests. */
import { expect } from 'vitest';
import type { ShareDefinition, StoreDefinition } from '~/lib/storage/define';

/** The store's first share option, after checking that it is off by default and that an empty store shares nothing. */
export function firstShareOption<T extends { version: number }>(
  definition: StoreDefinition<T>,
  share: readonly ShareDefinition<T>[],
) {
  const [option] = share;
  expect(option?.defaultOn).toBe(false);
  expect(option?.summarize(definition.initial, { name: null })).toBeNull();
  return option;
}
