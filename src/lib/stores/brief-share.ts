/**
 * What the meeting brief shares with a mentor: the questions (loaded only when a person shares).
 */
import type { Brief } from '../schemas/brief';
import type { ShareDefinition } from '../storage/define';
import { questionList, questionsTitle } from './brief';

export const briefShare: ShareDefinition<Brief>[] = [
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
];
