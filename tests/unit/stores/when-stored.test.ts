/**
 * followWhenStored: code most visits never need loads only once something is stored under the
 * store's name (looked for again after every saved change), and is no longer followed once
 * nothing watches.
 */
import { atom } from 'nanostores';
import { expect, test, vi } from 'vitest';
import { checkInActions } from '~/lib/stores/checkins';
import { followWhenStored } from '~/lib/stores/when-stored';
import { useFreshStores } from '../../support/stores';

useFreshStores();

test('loads once something is stored, follows, and stops following when no longer watched', async () => {
  const $source = atom('from the store');
  const $target = atom('nothing yet');
  const load = vi.fn(() => Promise.resolve($source));
  followWhenStored($target, 'checkins', load);

  const stop = $target.listen(() => {});
  expect(load).not.toHaveBeenCalled();
  expect(checkInActions.save('agreement', { 'feel-heard': 4 })).not.toBeNull();
  await vi.waitFor(() => expect($target.get()).toBe('from the store'));
  $source.set('changed');
  expect($target.get()).toBe('changed');

  stop();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  $source.set('changed again, unwatched');
  expect(load).toHaveBeenCalledTimes(1);
  expect($target.get()).toBe('changed');
});
