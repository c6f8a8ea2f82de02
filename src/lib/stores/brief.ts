/**
 * The meeting brief's own store: the person's first name and their questions for the mentor,
 * saved as they are typed so nothing is lost. Its questions are one more section a person can
 * send their mentor ("Questions Ana would like to talk about"). Its actions are in
 * brief-actions.ts, so My data, which only backs it up, does not load them.
 */
import { pluralCount } from '../../i18n/plural';
import { pageLocale } from '../format';
import { briefSchema, type Brief } from '../schemas/brief';
import { defineStore, type ShareWho } from '../storage/define';
import { firstVersion } from './definition-parts';
import { createDataStore } from './meta';

/** The questions, one a line, without blank lines or the spaces around them. */
export function questionList(questions: string): string[] {
  return questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
}

/** The heading of the questions, written to the mentor. */
export function questionsTitle(who: ShareWho): string {
  return who.name ? `Questions ${who.name} would like to talk about` : 'Questions to talk about';
}

export const briefDefinition = defineStore<Brief>({
  ...firstVersion('brief', briefSchema, { version: 1, name: '', questions: '', updatedAt: null }),
  describe: (brief) => {
    const count = questionList(brief.questions).length;
    const parts = [
      brief.name.trim() ? `signed ${brief.name.trim()}` : '',
      count
        ? pluralCount(pageLocale(), count, { one: '{n} question', other: '{n} questions' })
        : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'nothing yet';
  },
  merge: (current, incoming) => {
    // The name typed last wins; questions from both sides stay, each once, in order.
    const newer = (incoming.updatedAt ?? '') > (current.updatedAt ?? '') ? incoming : current;
    const seen = new Set<string>();
    const questions = [
      ...questionList(current.questions),
      ...questionList(incoming.questions),
    ].filter((q) => !seen.has(q) && seen.add(q));
    return {
      version: 1,
      name: newer.name || current.name || incoming.name,
      questions: questions.join('\n'),
      updatedAt: newer.updatedAt,
    };
  },
});

export const brief = createDataStore(briefDefinition);
