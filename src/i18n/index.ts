/**
 * The interface dictionary for the configured language. A school adds a language by copying
 * en.ts and registering it here; a missing key fails `npm run check` (the copy must have the
 * same shape), and a language with no dictionary stops the build with a message saying so.
 */
import { config } from '~/lib/config';
import en from './en';

export type Dictionary = typeof en;
export { plural, type Plural } from './plural';

/** Dictionaries by BCP 47 language tag or primary language ("en", "fr", "es-MX"). */
export const dictionaries: Record<string, Dictionary> = { en };

/** The dictionary for a tag: an exact match, else its primary language. */
export function dictionaryFor(language: string): Dictionary {
  const found = dictionaries[language] ?? dictionaries[language.split('-')[0] ?? ''];
  if (!found) {
    throw new Error(
      `medmentor.config.ts: no interface dictionary for language "${language}". Add src/i18n/${language.split('-')[0]}.ts (a translated copy of en.ts) and register it in src/i18n/index.ts, or use one of: ${Object.keys(dictionaries).join(', ')}.`,
    );
  }
  return found;
}

/** The site's interface text, in the configured language. */
export const t = dictionaryFor(config.language);
