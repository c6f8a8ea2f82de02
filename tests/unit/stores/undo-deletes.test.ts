/**
 * Every delete a tool offers, through the action its island calls: the item is gone and saved
 * gone, and the undo it returns (the one `offerUndo` runs) puts back exactly what was there, in
 * its place, and saves it. A delete of nothing offers no undo.
 */
import { describe, expect, test } from 'vitest';
import type { AssessmentsState } from '~/lib/schemas/assessments';
import { agreement, clearAgreement, meetings, sortMeetings } from '~/lib/stores/partnership';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { assessments, removeAttempt, startOver } from '~/lib/stores/assessments';
import { network } from '~/lib/stores/network';
import { networkActions } from '~/lib/stores/network-actions';
import { plan } from '~/lib/stores/plan';
import { actions } from '~/lib/stores/plan-actions';
import { discardQuarantined, returnToQuarantine } from '~/lib/stores/storage-views';
import { $quarantine } from '~/lib/storage/runtime';
import { $undo, offerUndo, undoLast } from '~/lib/stores/undo';
import { attempt, contact, draft, goal, meeting, step } from '../../support/records';
import { stored, useFreshStores } from '../../support/stores';

const { storage } = useFreshStores();

/** Runs `remove`, checks it changed the saved value, undoes it, and checks the value is back. */
function roundTrip(name: string, read: () => unknown, remove: () => (() => boolean) | null) {
  const before = structuredClone(read());
  const undo = remove();
  expect(undo).not.toBeNull();
  expect(read()).not.toEqual(before);
  expect(stored(storage(), name)).toEqual(read());
  offerUndo({ message: 'Deleted.', restored: 'Back.', undo: undo! });
  expect(undoLast()).toEqual({ ok: true, message: 'Back.' });
  expect($undo.get()).toBeNull();
  return before;
}

describe('a step', () => {
  const poster = goal('g1', 'Finish the poster', {
    steps: [step('a', 'Outline'), step('b', 'Figures', { due: '2026-12-01' }), step('c', 'Print')],
  });

  test('comes back in its place, with its due date', () => {
    plan.replace({ version: 1, goals: [poster] });
    roundTrip(
      'plan',
      () => plan.read(),
      () => actions.removeStep('g1', 'b'),
    );
    expect(plan.read().goals[0]?.steps).toEqual(poster.steps);
    expect(stored(storage(), 'plan')).toEqual(plan.read());
  });

  test('a step added since stays; the deleted one goes back where it was', () => {
    plan.replace({ version: 1, goals: [poster] });
    const undo = actions.removeStep('g1', 'a');
    actions.addStep('g1', 'Book the printer');
    expect(undo?.()).toBe(true);
    expect(plan.read().goals[0]?.steps.map((s) => s.text)).toEqual([
      'Outline',
      'Figures',
      'Print',
      'Book the printer',
    ]);
  });

  test('deleting a step that is not there offers nothing', () => {
    plan.replace({ version: 1, goals: [poster] });
    expect(actions.removeStep('g1', 'nope')).toBeNull();
    expect(actions.removeStep('nope', 'a')).toBeNull();
    expect(plan.read().goals[0]).toEqual(poster);
  });
});

describe('the meeting log', () => {
  const first = meeting('m1', '2026-11-10', {
    agenda: 'Rotation',
    actions: [
      { id: 'x1', text: 'Email Dr. Lee', goalId: null },
      { id: 'x2', text: 'Read the guide', goalId: 'g1' },
      { id: 'x3', text: 'Book a room', goalId: null },
    ],
  });
  const second = meeting('m2', '2026-11-20', { notes: 'Went well' });
  const seed = () => meetings.replace({ version: 1, meetings: sortMeetings([first, second]) });

  test('a deleted meeting comes back exactly', () => {
    seed();
    const before = roundTrip(
      'meetings',
      () => meetings.read(),
      () => meetingActions.remove('m1'),
    );
    expect(meetings.read()).toEqual(before);
  });

  test('a deleted action item comes back in its place, still linked to its goal', () => {
    seed();
    const before = roundTrip(
      'meetings',
      () => meetings.read(),
      () => meetingActions.removeAction('m1', 'x2'),
    );
    expect(meetings.read()).toEqual(before);
  });

  test('deleting an action item that is not there offers nothing', () => {
    seed();
    expect(meetingActions.removeAction('m1', 'nope')).toBeNull();
    expect(meetingActions.removeAction('nope', 'x1')).toBeNull();
    expect(meetings.read().meetings).toEqual(sortMeetings([first, second]));
  });
});

describe('the agreement', () => {
  const filled = {
    version: 1 as const,
    fields: { mentee: 'Sam', purpose: 'Find a research project', review: '2027-03-01' },
    updatedAt: '2026-11-01T10:00:00.000Z',
  };

  test('clearing empties every part; undo brings the whole agreement back', () => {
    agreement.replace(filled);
    roundTrip('agreement', () => agreement.read(), clearAgreement);
    expect(agreement.read()).toEqual(filled);
  });

  test('a part written after clearing is kept when the rest comes back', () => {
    agreement.replace(filled);
    const undo = clearAgreement();
    agreement.update((a) => ({ ...a, fields: { mentee: 'Sam Okafor' } }));
    expect(undo?.()).toBe(true);
    expect(agreement.read().fields).toEqual({ ...filled.fields, mentee: 'Sam Okafor' });
  });

  test('an empty agreement has nothing to clear', () => {
    expect(clearAgreement()).toBeNull();
    agreement.replace({ ...filled, fields: { mentee: '  ' } });
    expect(clearAgreement()).toBeNull();
  });
});

describe('self-assessments', () => {
  const state = (): AssessmentsState => ({
    version: 2,
    drafts: { needs: draft({ step: 2, answers: { a1: 3 }, notes: { a: 'Ask about it' } }) },
    attempts: [
      attempt('t1', 'needs', { completedAt: '2026-10-01T10:00:00.000Z' }),
      attempt('t2', 'needs', { completedAt: '2026-11-01T10:00:00.000Z' }),
      attempt('t3', 'strengths', { completedAt: '2026-11-05T10:00:00.000Z' }),
    ],
  });

  test('a deleted attempt comes back in order of completion', () => {
    assessments.replace(state());
    roundTrip(
      'assessments',
      () => assessments.read(),
      () => removeAttempt('t2'),
    );
    expect(assessments.read()).toEqual(state());
  });

  test('"Start over" discards the draft; undo brings back its answers, notes and step', () => {
    assessments.replace(state());
    roundTrip(
      'assessments',
      () => assessments.read(),
      () => startOver({ instrument: 'needs' }),
    );
    expect(assessments.read()).toEqual(state());
  });

  test('a new draft started since is not replaced by the old one', () => {
    assessments.replace(state());
    const undo = startOver({ instrument: 'needs' });
    const fresh = draft({ answers: { a1: 1 } });
    assessments.update((s) => ({ ...s, drafts: { needs: fresh } }));
    undo?.();
    expect(assessments.read().drafts).toEqual({ needs: fresh });
  });

  test('nothing to delete offers nothing', () => {
    assessments.replace(state());
    expect(removeAttempt('nope')).toBeNull();
    expect(startOver({ instrument: 'other' })).toBeNull();
    expect(assessments.read()).toEqual(state());
  });
});

test('a removed contact comes back in its place', () => {
  const people = [contact('c1', 'Ama'), contact('c2', 'Lee'), contact('c3', 'Kofi')];
  network.replace({ version: 1, contacts: people });
  roundTrip(
    'network',
    () => network.read(),
    () => networkActions.remove('c2'),
  );
  expect(network.read().contacts).toEqual(people);
});

test('a deleted set-aside value comes back, unchanged', () => {
  storage().setItem('medmentor:plan', '{"version":1,"goals":"not a list"');
  plan.refresh();
  const [entry] = $quarantine.get();
  expect(entry).toMatchObject({ store: 'plan', raw: '{"version":1,"goals":"not a list"' });
  const gone = discardQuarantined(entry!.key);
  expect($quarantine.get()).toEqual([]);
  expect(storage().getItem(entry!.key)).toBeNull();
  expect(returnToQuarantine(gone!)).toBe(true);
  expect($quarantine.get()).toEqual([entry]);
});
