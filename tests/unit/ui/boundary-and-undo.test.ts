// @vitest-environment happy-dom
/**
 * The two safety nets every tool shares, rendered with Preact in a page:
 * - an island whose render throws shows a calm message, a backup download of what is stored
 *   and "Try again", and stored data is left as it was (never a blank tool);
 * - the undo offer after a delete sits in the tool's notices (StorageNotices), so it stays
 *   while the tool changes screens, and brings a deleted set-aside value back.
 */
import { h, type ComponentChild, type FunctionComponent } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import StorageNotices from '~/components/islands/StorageNotices';
import { withBoundary } from '~/components/islands/ui/ErrorBoundary';
import { $quarantine } from '~/lib/storage/runtime';
import { plan } from '~/lib/stores/plan';
import { actions } from '~/lib/stores/plan-actions';
import { offerUndo } from '~/lib/stores/undo';
import { goal, step } from '../../support/records';
import { useFreshStores } from '../../support/stores';

const { storage } = useFreshStores();

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const show = (node: ComponentChild) => act(() => render(node, root));
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const click = (name: string) =>
  act(() => {
    const target = button(name);
    if (!target) throw new Error(`No button "${name}" in: ${root.textContent}`);
    target.click();
  });

describe('the error boundary', () => {
  let broken = true;
  const Tool: FunctionComponent<{ title: string }> = ({ title }) => {
    if (broken) throw new Error('a value this version cannot show');
    return h('h2', null, title);
  };
  const Island = withBoundary(Tool);
  beforeEach(() => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  test('a child that throws: a calm message, a download and a retry, not a blank tool', async () => {
    plan.replace({ version: 1, goals: [goal('g1', 'Finish the poster')] });
    const before = storage().dump();
    await show(h(Island, { title: 'My plan' }));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Something went wrong showing this tool. Your data is safe on this device.',
    );
    expect(button('Download my data')).toBeDefined();
    expect(button('Try again')).toBeDefined();
    // The boundary touched nothing stored.
    expect(storage().dump()).toEqual(before);
  });

  test('the download is the My data backup, with what is stored', async () => {
    plan.replace({ version: 1, goals: [goal('g1', 'Finish the poster')] });
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:backup';
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    await show(h(Island, { title: 'My plan' }));
    await click('Download my data');
    // The backup code loads on first use: give it time on a busy machine.
    await vi.waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]).toMatch(/^medmentor-backup-.*\.json$/);
    const backup = JSON.parse(await files[0]!.text()) as { data: Record<string, unknown> };
    expect(JSON.stringify(backup)).toContain('Finish the poster');
  });

  test('"Try again" shows the tool once it renders', async () => {
    await show(h(Island, { title: 'My plan' }));
    broken = false;
    await click('Try again');
    expect(root.querySelector('h2')?.textContent).toBe('My plan');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  test('an island that renders is shown as it is', async () => {
    broken = false;
    await show(h(Island, { title: 'My plan' }));
    expect(root.innerHTML).toBe('<h2>My plan</h2>');
  });
});

describe('the undo offer in the notices', () => {
  const undoRegion = () => root.querySelector('.undo-notice[role="status"]');

  test('the live region is there before any delete; the offer appears in it', async () => {
    await show(h(StorageNotices, { locale: 'en' }));
    expect(undoRegion()?.textContent).toBe('');
    plan.replace({
      version: 1,
      goals: [goal('g1', 'Poster', { steps: [step('a', 'Outline'), step('b', 'Print')] })],
    });
    const undo = actions.removeStep('g1', 'a')!;
    await act(() => offerUndo({ message: 'Deleted the step "Outline".', restored: 'Back.', undo }));
    await vi.waitFor(() => expect(button('Undo')).toBeDefined());
    expect(undoRegion()?.textContent).toContain('Deleted the step "Outline".');

    await click('Undo');
    expect(plan.read().goals[0]?.steps.map((s) => s.text)).toEqual(['Outline', 'Print']);
    expect(undoRegion()?.textContent).toBe('Back.');
  });

  test('"Delete it" on a set-aside value deletes it at once; Undo puts it back', async () => {
    storage().setItem('medmentor:plan', '{"version":1,"goals":"not a list"');
    plan.refresh();
    const [entry] = $quarantine.get();
    await show(h(StorageNotices, { locale: 'en' }));
    await vi.waitFor(() => expect(button('Delete it')).toBeDefined());
    const dialogs = vi.fn(() => true);
    vi.stubGlobal('confirm', dialogs);
    await click('Delete it');
    expect($quarantine.get()).toEqual([]);
    expect(storage().getItem(entry!.key)).toBeNull();
    await vi.waitFor(() =>
      expect(undoRegion()?.textContent).toContain('Deleted the set-aside data of "Goal plans".'),
    );
    await click('Undo');
    expect($quarantine.get()).toEqual([entry]);
    expect(storage().getItem(entry!.key)).not.toBeNull();
    expect(undoRegion()?.textContent).toContain('The set-aside data of "Goal plans" is back.');
    await vi.waitFor(() => expect(button('Delete it')).toBeDefined());
    expect(dialogs).not.toHaveBeenCalled();
  });
});
