/**
 * Every localStorage key MedMentor uses. All start with `medmentor:` so the app never touches
 * another site's data on a shared origin (e.g. several GitHub Pages project sites).
 */
export const PREFIX = 'medmentor:';

/** The key of a store, e.g. `medmentor:prefs`. */
export function storeKey(name: string): string {
  return `${PREFIX}${name}`;
}

/** Values that could not be read are moved here, one key each, never deleted silently. */
export const QUARANTINE_PREFIX = `${PREFIX}quarantine:`;

/** The key a value of `store` set aside at `time` (ms since 1970) is kept under. */
export function quarantineKey(store: string, time: number): string {
  return `${QUARANTINE_PREFIX}${store}:${time}`;
}

/** Whether a key belongs to MedMentor. */
export function isOwnKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * Plain-language names of stores, for notices that must not load every store's code.
 * Each store definition takes its title from here.
 */
export const storeTitles: Record<string, string> = {
  prefs: 'Preferences',
  assessments: 'Self-assessments',
  plan: 'Goal plans',
  meetings: 'Meeting log',
  agreement: 'Mentoring agreement',
  expectations: 'Our expectations',
  network: 'My network',
  matching: 'Mentor suggestions',
  brief: 'Meeting brief',
  checkins: 'Mentorship check-ins',
  meta: 'Backup reminders',
};

/** The title of a store, or its name when unknown (e.g. from a newer version). */
export function storeTitle(name: string): string {
  return storeTitles[name] ?? name;
}
