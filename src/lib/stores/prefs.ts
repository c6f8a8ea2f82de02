/**
 * Preferences (theme, facilitator view). The toggles themselves are handled by the inline
 * script in every page; this store lets My data show, back up and restore them.
 */
import { prefsSchema, type Prefs } from '../schemas/prefs';
import { defineStore } from '../storage/define';
import { storeTitle } from '../storage/keys';
import { createDataStore } from './meta';

export const prefsDefinition = defineStore<Prefs>({
  name: 'prefs',
  title: storeTitle('prefs'),
  version: 1,
  schema: prefsSchema,
  migrations: {},
  initial: { version: 1 },
  describe: (prefs) =>
    [
      prefs.theme ? `${prefs.theme} theme` : 'theme follows your device',
      prefs.facilitator ? 'facilitator view on' : 'facilitator view off',
    ].join(', '),
  // Preferences belong to the device: a merge keeps this browser's.
  merge: (current) => current,
  countsAsChange: false,
});

export const prefs = createDataStore(prefsDefinition);

// The inline preferences script writes the toggles straight to storage, and a tab gets no
// storage event for its own writes: re-read after each toggle click so this tab stays current.
if (typeof document !== 'undefined') {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-pref]')) prefs.refresh();
  });
}
