/**
 * The meeting brief's own store: the person's first name and their questions for the mentor,
 * saved as they are typed so nothing is lost. Its questions are one more section a person can
 * send their mentor ("Questions Ana would like to talk about").
 */
import { pluralCount } from '../../i18n/plural';
import { pageLocale } from '../format';
import { briefLimits, briefSchema, type Brief } from '../schemas/brief';
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

/** The first name to sign with: trimmed, and null when empty or over the limit. */
export function senderName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed && trimmed.length <= briefLimits.name ? trimmed : null;
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
  share: [
    {
      id: 'brief-questions',
      label: 'My questions from the meeting brief',
      defaultOn: true,
      summarize: (brief, who) => {
        const items = questionList(brief.questions);
        return items.length
          ? { title: questionsTitle(who), blocks: [{ type: 'list', items }] }
          : null;
      },
    },
  ],
});

export const brief = createDataStore(briefDefinition);

/**
 * Saves a change of the name or the questions as it is typed. `counts: false` keeps single
 * keystrokes out of the backup reminder; `finish` (leaving the box) counts the change once.
 */
export function setBriefText(
  field: 'name' | 'questions',
  text: string,
  { counts = false, now = new Date() }: { counts?: boolean; now?: Date } = {},
): boolean {
  return brief.update((b) => ({ ...b, [field]: text, updatedAt: now.toISOString() }), { counts });
}
