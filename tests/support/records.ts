/**
 * Typed builders for stored records in unit tests: valid by the schemas of src/lib/schemas
 * (tests/unit/fixtures.test.ts checks that), with only what a test cares about given.
 */
import { emptyFields } from '~/lib/goals/model';
import type { Attempt, Draft } from '~/lib/schemas/assessments';
import type { Contact } from '~/lib/schemas/network';
import type { Meeting } from '~/lib/schemas/partnership';
import type { Goal, Step } from '~/lib/schemas/plan';
import { blankContact } from '~/lib/stores/network-views';

export const stamp = '2026-11-01T10:00:00.000Z';

export function goal(id: string, title: string, extra: Partial<Goal> = {}): Goal {
  const open: Pick<Goal, 'status' | 'archived' | 'steps' | 'log'> = {
    status: 'in-progress',
    archived: false,
    steps: [],
    log: [],
  };
  return { ...emptyFields(), id, title, ...open, createdAt: stamp, updatedAt: stamp, ...extra };
}

export function step(id: string, text: string, extra: Partial<Step> = {}): Step {
  return { id, text, done: false, due: null, doneAt: null, ...extra };
}

export function contact(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { ...blankContact, id, name, createdAt: stamp, updatedAt: stamp, ...extra };
}

export function meeting(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return { id, date, agenda: '', notes: '', actions: [], ...extra };
}

export function draft(extra: Partial<Draft> = {}): Draft {
  return {
    framework: 'none',
    step: 0,
    answers: {},
    notes: {},
    startedAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

export function attempt(id: string, instrument: string, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    instrument,
    framework: 'none',
    title: `Title of ${instrument}`,
    audience: 'mentee',
    completedAt: stamp,
    answers: {},
    notes: {},
    results: [
      { domain: 'a', name: 'Area A', score: 80, mean: 4.2, answered: 4, band: 'strength' },
      { domain: 'b', name: 'Area B', score: 20, mean: 1.8, answered: 4, band: 'growth-area' },
    ],
    bands: [
      { id: 'strength', label: 'A strength', heading: 'Your strengths', focus: false },
      { id: 'developing', label: 'Developing', heading: 'Still developing', focus: true },
      { id: 'growth-area', label: 'A growth area', heading: 'Your growth areas', focus: true },
    ],
    close: false,
    ...extra,
  };
}
