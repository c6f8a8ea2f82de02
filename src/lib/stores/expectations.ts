/**
 * The store of "Our expectations" (schema: src/lib/schemas/expectations.ts): the person's own
 * answers. It is in the registry, so every page with storage notices loads it; what a person
 * does with it (and the topics it needs) is in expectations-actions.ts, loaded with the screen.
 */
import { expectationsSchema, type Expectations } from '../schemas/expectations';
import { defineStore } from '../storage/define';
import { countOrNothing, firstVersion } from './definition-parts';
import { createDataStore } from './meta';

export const expectationsDefinition = defineStore<Expectations>({
  ...firstVersion('expectations', expectationsSchema, {
    version: 1,
    role: null,
    firstName: '',
    answers: {},
    updatedAt: null,
  }),
  describe: (e) =>
    countOrNothing(Object.keys(e.answers).length, {
      one: '{n} topic answered',
      other: '{n} topics answered',
    }),
  // From another device: every answer here stays; a topic answered only there is added.
  merge: (current, incoming) => {
    const times = [current.updatedAt, incoming.updatedAt].filter((t) => t !== null).sort();
    return {
      version: 1,
      role: current.role ?? incoming.role,
      firstName: current.firstName || incoming.firstName,
      answers: { ...incoming.answers, ...current.answers },
      updatedAt: times.at(-1) ?? null,
    };
  },
});

export const expectations = createDataStore(expectationsDefinition);
