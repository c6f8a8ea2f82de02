/**
 * Model-based tests of every store a person writes to: random sequences of their actions, with
 * arbitrary text (very long, control characters, right-to-left, emoji) and arbitrary dates
 * (impossible ones included), while storage now and then is full. After every step:
 * - nothing threw;
 * - every stored value reads back whole, with nothing set aside (write equals read);
 * - every item confirmed saved (the action said so, and nothing is unsaved or failed) and not
 *   deleted since is still stored.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeRaw } from '~/lib/storage/codec';
import { $storageStatus, $unsaved, $quarantine } from '~/lib/storage/runtime';
import { emptyFields } from '~/lib/goals/model';
import { answer, setNote } from '~/lib/stores/assessments';
import { networkActions } from '~/lib/stores/network-actions';
import { blankContact } from '~/lib/stores/network-views';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { setAgreementField } from '~/lib/stores/partnership';
import { actions } from '~/lib/stores/plan-actions';
import { dataStores } from '~/lib/stores/registry';
import { useFreshStores } from '../../support/stores';
import { instrument } from '../assessment/fixture';

const { storage } = useFreshStores();

/** Text a person might paste: long, with controls, bidi overrides, emoji and markup. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('‮evil‬ text', '👩🏽‍⚕️ résumé', '<img src=x onerror=alert(1)>', '\r\n\u0000\u001b'),
  fc.integer({ min: 150, max: 6000 }).map((n) => 'x'.repeat(n)),
);
/** Calendar dates, real and impossible. */
const date = fc.oneof(
  fc
    .date({ min: new Date('1800-01-01'), max: new Date('2300-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-13-45', '2025-02-29', '2024-02-29', '20260-01-01', '0000-00-00', ''),
);
const pick = fc.nat({ max: 20 });

type Action =
  | { kind: 'goal'; title: string; target: string; steps: string[] }
  | { kind: 'edit-goal'; at: number; title: string }
  | { kind: 'step'; at: number; text: string; due: string }
  | { kind: 'log'; at: number; date: string; did: string }
  | { kind: 'remove-goal'; at: number }
  | { kind: 'contact'; name: string; notes: string; next: string }
  | { kind: 'remove-contact'; at: number }
  | { kind: 'meeting'; date: string; notes: string; actions: string[] }
  | { kind: 'remove-meeting'; at: number }
  | { kind: 'agreement'; field: string; value: string }
  | { kind: 'answer'; item: number; value: number }
  | { kind: 'note'; value: string }
  | { kind: 'full'; on: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('goal' as const),
    title: text,
    target: date,
    steps: fc.array(text, { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('edit-goal' as const), at: pick, title: text }),
  fc.record({ kind: fc.constant('step' as const), at: pick, text, due: date }),
  fc.record({ kind: fc.constant('log' as const), at: pick, date, did: text }),
  fc.record({ kind: fc.constant('remove-goal' as const), at: pick }),
  fc.record({ kind: fc.constant('contact' as const), name: text, notes: text, next: date }),
  fc.record({ kind: fc.constant('remove-contact' as const), at: pick }),
  fc.record({
    kind: fc.constant('meeting' as const),
    date,
    notes: text,
    actions: fc.array(text, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('remove-meeting' as const), at: pick }),
  fc.record({
    kind: fc.constant('agreement' as const),
    field: fc.constantFrom('purpose', 'roles', 'review'),
    value: text,
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    item: pick,
    value: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('note' as const), value: text }),
  fc.record({ kind: fc.constant('full' as const), on: fc.boolean() }),
);

const ids = (name: string, field: string): string[] => {
  const raw = storage().getItem(`medmentor:${name}`);
  if (raw === null) return [];
  const value = JSON.parse(raw) as Record<string, { id: string }[]>;
  return (value[field] ?? []).map((item) => item.id);
};
const nth = (list: string[], at: number) => list[at % Math.max(list.length, 1)];

/** True when the last action was saved in full: it said so, and nothing is unsaved or failed. */
const confirmed = (result: unknown) =>
  Boolean(result) && $unsaved.get().length === 0 && $storageStatus.get().failure === null;

function run(step: Action, saved: Map<string, string>): void {
  const goals = ids('plan', 'goals');
  switch (step.kind) {
    case 'goal': {
      const id = actions.addGoal(
        { ...emptyFields(), title: step.title, targetDate: step.target || null },
        step.steps,
      );
      if (confirmed(id) && ids('plan', 'goals').includes(id)) saved.set(id, 'plan:goals');
      return;
    }
    case 'edit-goal': {
      const id = nth(goals, step.at);
      if (id) actions.editGoal(id, { title: step.title });
      return;
    }
    case 'step': {
      const id = nth(goals, step.at);
      if (id) actions.addStep(id, step.text, step.due || null);
      return;
    }
    case 'log': {
      const id = nth(goals, step.at);
      if (id) actions.addLog(id, { date: step.date, did: step.did, learned: '' });
      return;
    }
    case 'remove-goal': {
      const id = nth(goals, step.at);
      if (id) {
        actions.remove(id);
        if (!ids('plan', 'goals').includes(id)) saved.delete(id);
      }
      return;
    }
    case 'contact': {
      const id = networkActions.add({
        ...blankContact,
        name: step.name,
        group: 'peer',
        nextFollowUp: step.next || null,
        notes: step.notes,
      });
      if (id && confirmed(id)) saved.set(id, 'network:contacts');
      return;
    }
    case 'remove-contact': {
      const id = nth(ids('network', 'contacts'), step.at);
      if (id) {
        networkActions.remove(id);
        if (!ids('network', 'contacts').includes(id)) saved.delete(id);
      }
      return;
    }
    case 'meeting': {
      const id = meetingActions.add({
        date: step.date,
        agenda: '',
        notes: step.notes,
        actions: step.actions,
      });
      if (confirmed(id) && ids('meetings', 'meetings').includes(id)) {
        saved.set(id, 'meetings:meetings');
      }
      return;
    }
    case 'remove-meeting': {
      const id = nth(ids('meetings', 'meetings'), step.at);
      if (id) {
        meetingActions.remove(id);
        if (!ids('meetings', 'meetings').includes(id)) saved.delete(id);
      }
      return;
    }
    case 'agreement':
      setAgreementField(step.field, step.value);
      return;
    case 'answer': {
      const item = instrument.items[step.item % instrument.items.length];
      if (item) answer(instrument, item.id, step.value);
      return;
    }
    case 'note':
      setNote(instrument, instrument.domains[0]?.id ?? 'd', step.value);
      return;
    case 'full':
      storage().quota = step.on ? 0 : Infinity;
      return;
  }
}

test('any sequence of actions: no throw, storage always reads back, no confirmed item lost', () => {
  fc.assert(
    fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (steps) => {
      storage().clear();
      storage().quota = Infinity;
      for (const store of dataStores) store.clear();
      const saved = new Map<string, string>();
      for (const step of steps) {
        expect(() => run(step, saved)).not.toThrow();
        for (const store of dataStores) {
          const raw = storage().getItem(`medmentor:${store.definition.name}`);
          if (raw === null) continue;
          const read = decodeRaw(store.definition, raw);
          expect(read.ok, `${store.definition.name} reads back`).toBe(true);
          expect(
            read.ok && read.rejected,
            `${store.definition.name}: nothing set aside`,
          ).toBeFalsy();
        }
        for (const [id, where] of saved) {
          const [name = '', field = ''] = where.split(':');
          expect(ids(name, field), `${where} still holds ${id}`).toContain(id);
        }
      }
      expect($quarantine.get()).toEqual([]);
    }),
    { numRuns: 150 },
  );
});
