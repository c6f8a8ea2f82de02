/**
 * The self-assessment store and its actions. Islands render; every change goes through here.
 */
import { pluralCount } from '../../i18n/plural';
import type { Answer } from '../assessment/score';
import { pageLocale } from '../format';
import type { Instrument } from '../schemas/instrument';
import {
  assessmentsSchema,
  attemptSchema,
  draftSchema,
  migrateV1,
  type AssessmentsState,
  type Attempt,
  type Draft,
} from '../schemas/assessments';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';
import { putBack } from './undo';

const initial: AssessmentsState = { version: 2, drafts: {}, attempts: [] };

/** Instrument fields the actions need (pages pass the instrument as data). */
export type RunnerInstrument = Pick<
  Instrument,
  'instrument' | 'framework' | 'title' | 'domains' | 'items' | 'scale' | 'results'
>;

export const assessmentsDefinition = defineStore<AssessmentsState>({
  name: 'assessments',
  title: storeTitle('assessments'),
  version: 2,
  schema: assessmentsSchema,
  items: [
    { field: 'attempts', schema: attemptSchema, noun: { one: 'result', other: 'results' } },
    {
      field: 'drafts',
      schema: draftSchema,
      noun: { one: 'answer in progress', other: 'answers in progress' },
    },
  ],
  migrations: { 1: migrateV1 },
  initial,
  describe: (state) => {
    const drafts = Object.keys(state.drafts).length;
    if (state.attempts.length === 0 && drafts === 0) return 'nothing yet';
    return [
      pluralCount(pageLocale(), state.attempts.length, {
        one: '{n} completed self-assessment',
        other: '{n} completed self-assessments',
      }),
      drafts ? `${drafts} in progress` : '',
    ]
      .filter(Boolean)
      .join(', ');
  },
  merge: (current, incoming) => {
    // The newer draft of an instrument wins; answers and notes only the older one has stay.
    const drafts = { ...incoming.drafts };
    for (const [id, draft] of Object.entries(current.drafts)) {
      const other = drafts[id];
      const [older, newer] =
        !other || other.updatedAt <= draft.updatedAt ? [other, draft] : [draft, other];
      drafts[id] =
        older?.framework === newer.framework
          ? {
              ...newer,
              answers: { ...older.answers, ...newer.answers },
              notes: { ...older.notes, ...newer.notes },
            }
          : newer;
    }
    const ids = new Set(current.attempts.map((a) => a.id));
    const attempts = [...current.attempts, ...incoming.attempts.filter((a) => !ids.has(a.id))].sort(
      (a, b) => a.completedAt.localeCompare(b.completedAt),
    );
    return { version: 2, drafts, attempts };
  },
});

export const assessments = createDataStore(assessmentsDefinition);

/** The most recent attempt of each instrument, in the order they were first taken. */
export function latestAttempts(state: AssessmentsState): Attempt[] {
  const latest = new Map<string, Attempt>();
  for (const attempt of state.attempts) latest.set(attempt.instrument, attempt);
  return [...latest.values()];
}

/** Completed attempts of one instrument, oldest first. */
export function attemptsOf(state: AssessmentsState, instrument: string): Attempt[] {
  return state.attempts.filter((a) => a.instrument === instrument);
}

function withDraft(
  state: AssessmentsState,
  instrument: RunnerInstrument,
  change: (draft: Draft) => Draft,
  now: Date,
): AssessmentsState {
  const existing = state.drafts[instrument.instrument];
  const base: Draft =
    existing && existing.framework === instrument.framework
      ? existing
      : {
          framework: instrument.framework,
          step: 0,
          answers: {},
          notes: {},
          startedAt: now.toISOString(),
          updatedAt: now.toISOString(),
        };
  const next = { ...change(base), updatedAt: now.toISOString() };
  return { ...state, drafts: { ...state.drafts, [instrument.instrument]: next } };
}

/** Saves a change to the instrument's draft at once; drafts do not count toward the backup nudge. */
function updateDraft(instrument: RunnerInstrument, change: (draft: Draft) => Draft, now: Date) {
  return assessments.update((s) => withDraft(s, instrument, change, now), { counts: false });
}

/** Records an answer (saved at once). */
export function answer(
  instrument: RunnerInstrument,
  itemId: string,
  value: Answer,
  now = new Date(),
) {
  return updateDraft(
    instrument,
    (d) => ({ ...d, answers: { ...d.answers, [itemId]: value } }),
    now,
  );
}

/** Records a note for a domain. */
export function setNote(
  instrument: RunnerInstrument,
  domainId: string,
  text: string,
  now = new Date(),
) {
  return updateDraft(instrument, (d) => ({ ...d, notes: { ...d.notes, [domainId]: text } }), now);
}

/** Moves to a step (0-based), clamped to the instrument's domains. */
export function goToStep(instrument: RunnerInstrument, step: number, now = new Date()) {
  const clamped = Math.max(0, Math.min(step, instrument.domains.length - 1));
  return updateDraft(instrument, (d) => ({ ...d, step: clamped }), now);
}

/**
 * Discards the draft of an instrument. Returns its undo, for `offerUndo` (the draft comes back
 * unless a new one was started), or null when there was none or it failed.
 */
export function startOver(instrument: Pick<Instrument, 'instrument'>): (() => boolean) | null {
  const id = instrument.instrument;
  const draft = assessments.read().drafts[id];
  const saved =
    draft &&
    assessments.update((s) => {
      const drafts = { ...s.drafts };
      delete drafts[id];
      return { ...s, drafts };
    });
  if (!draft || !saved) return null;
  return () =>
    assessments.update((s) => (s.drafts[id] ? s : { ...s, drafts: { ...s.drafts, [id]: draft } }));
}

/**
 * Deletes one completed attempt. Returns its undo, for `offerUndo` (it goes back in order of
 * completion), or null when nothing was deleted.
 */
export function removeAttempt(id: string): (() => boolean) | null {
  const attempt = assessments.read().attempts.find((a) => a.id === id);
  const saved =
    attempt &&
    assessments.update((s) => ({ ...s, attempts: s.attempts.filter((a) => a.id !== id) }));
  if (!attempt || !saved) return null;
  return putBack(assessments, 'attempts', attempt, (attempts) =>
    [...attempts, attempt].sort((a, b) => a.completedAt.localeCompare(b.completedAt)),
  );
}

/** Deletes one completed attempt; true when that was saved. */
export function deleteAttempt(id: string): boolean {
  return removeAttempt(id) !== null;
}
