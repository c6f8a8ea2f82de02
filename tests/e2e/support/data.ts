/** Valid stored records for seeding localStorage in e2e tests (the shapes of src/lib/schemas). */
const stamp = '2026-11-01T10:00:00.000Z';

/** A goal, in progress, with no steps unless given. */
export function goal(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    specific: '',
    measurable: '',
    achievable: '',
    relevant: '',
    timeBound: '',
    targetDate: null,
    status: 'in-progress',
    archived: false,
    link: null,
    guides: [],
    whoCanHelp: '',
    steps: [],
    log: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

/** An open step of a goal. */
export function step(id: string, text: string, extra: Record<string, unknown> = {}) {
  return { id, text, done: false, due: null, doneAt: null, ...extra };
}
