/**
 * Two people's expectations side by side: per topic, whether they agree or differ, how they
 * differ in words ("You expect to meet every two weeks; they expect to meet once a month") and
 * the conversation starters for a difference. Pure: answers in, rows out.
 */
import { expectationTopics, type Topic } from './topics';

/** What `compareExpectations` needs of an answer: the chosen ids and a note. */
export interface AnswerLike {
  choices: readonly string[];
  note?: string | undefined;
}

export type TopicStatus = 'agree' | 'differ' | 'only-you' | 'only-them' | 'neither';

export interface TopicComparison {
  topic: Topic;
  status: TopicStatus;
  /** Labels of the person's own answers (unknown ids left out). */
  mine: string[];
  theirs: string[];
  /** For a difference, how, in one sentence; otherwise null. */
  how: string | null;
  /** Conversation starters for a difference; empty otherwise. */
  starters: string[];
}

const known = (topic: Topic, answer: AnswerLike | undefined) =>
  topic.options.filter((o) => answer?.choices.includes(o.id));

const list = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** The starters of a topic, with `{mine}` and `{theirs}` replaced by the answers' phrases. */
export function startersFor(topic: Topic, mine: string, theirs: string): string[] {
  return topic.starters.map((s) => s.replaceAll('{mine}', mine).replaceAll('{theirs}', theirs));
}

/** How two answers to a topic differ, in one sentence. */
export function describeDifference(topic: Topic, mine: AnswerLike, theirs: AnswerLike): string {
  const a = known(topic, mine);
  const b = known(topic, theirs);
  if (topic.multiple) {
    const both = a.filter((o) => b.includes(o)).map((o) => o.phrase);
    const onlyMine = a.filter((o) => !b.includes(o)).map((o) => o.phrase);
    const onlyTheirs = b.filter((o) => !a.includes(o)).map((o) => o.phrase);
    return [
      both.length ? `You both chose ${list(both)}` : 'You chose no area in common',
      onlyMine.length ? `only you chose ${list(onlyMine)}` : '',
      onlyTheirs.length ? `only they chose ${list(onlyTheirs)}` : '',
    ]
      .filter(Boolean)
      .join('; ')
      .concat('.');
  }
  return `You expect ${list(a.map((o) => o.phrase))}; they expect ${list(b.map((o) => o.phrase))}.`;
}

/** Compares two sets of answers topic by topic, in the topics' order. */
export function compareExpectations(
  mine: Readonly<Record<string, AnswerLike>>,
  theirs: Readonly<Record<string, AnswerLike>>,
  topics: readonly Topic[] = expectationTopics,
): TopicComparison[] {
  return topics.map((topic) => {
    const a = known(topic, mine[topic.id]);
    const b = known(topic, theirs[topic.id]);
    const row = { topic, mine: a.map((o) => o.label), theirs: b.map((o) => o.label) };
    if (a.length === 0 || b.length === 0) {
      const status = a.length ? 'only-you' : b.length ? 'only-them' : 'neither';
      return { ...row, status, how: null, starters: [] };
    }
    const same = a.length === b.length && a.every((o) => b.includes(o));
    if (same) return { ...row, status: 'agree', how: null, starters: [] };
    const onlyTheirs = b.filter((o) => !a.includes(o));
    return {
      ...row,
      status: 'differ',
      how: describeDifference(topic, mine[topic.id]!, theirs[topic.id]!),
      starters: startersFor(
        topic,
        list(a.map((o) => o.phrase)),
        list((onlyTheirs.length ? onlyTheirs : b).map((o) => o.phrase)),
      ),
    };
  });
}
