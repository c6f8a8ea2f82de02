/** Valid stored records for seeding localStorage in e2e tests (the shapes of src/lib/schemas). */
import { emptyFields } from '../../../src/lib/goals/model';
import { blankContact } from '../../../src/lib/network/blank-contact';

const stamp = '2026-11-01T10:00:00.000Z';

/** A goal, in progress, with empty fields and no steps unless given. */
export function goal(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    ...emptyFields(),
    id,
    title,
    status: 'in-progress',
    archived: false,
    steps: [],
    log: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

/** A person in My network: the contact form's blank fields (a mentor) unless given. */
export function contact(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { ...blankContact, id, name, createdAt: stamp, updatedAt: stamp, ...extra };
}

/** An open step of a goal. */
export function step(id: string, text: string, extra: Record<string, unknown> = {}) {
  return { id, text, done: false, due: null, doneAt: null, ...extra };
}
