/**
 * The questions of "our expectations", as data a school can edit: each topic, its fixed answers
 * (ids are what files store, so an id is never reused for a different meaning; add a new one
 * instead) and the conversation starters offered when mentor and mentee answered differently.
 *
 * In a starter, `{mine}` and `{theirs}` become the two answers' phrases ("every two weeks").
 * `phrase` finishes "You expect …" and "They expect …".
 */

export interface TopicOption {
  /** Stored and exported id: lower-case letters, digits and hyphens. */
  id: string;
  /** The answer as the form shows it. */
  label: string;
  /** The answer inside a sentence: "You expect {phrase}". */
  phrase: string;
}

export interface Topic {
  id: string;
  /** Heading of the topic, in the form and the side-by-side view. */
  title: string;
  /** The question the form asks. */
  question: string;
  /** A line under the question (limits that always apply, for example). */
  hint?: string;
  /** Several answers may be chosen (the goals); otherwise exactly one. */
  multiple?: boolean;
  /** The note stays on this device: it is never in an exported file or link. */
  notePrivate?: boolean;
  options: readonly TopicOption[];
  /** Two or three ways to start talking about a difference. */
  starters: readonly string[];
}

/** Answers written as rows, `[id, label, phrase]`, so the table reads at a glance. */
function rows(
  list: readonly (readonly [id: string, label: string, phrase: string])[],
): TopicOption[] {
  return list.map(([id, label, phrase]) => ({ id, label, phrase }));
}

export const expectationTopics: readonly Topic[] = [
  {
    id: 'frequency',
    title: 'How often we meet',
    question: 'How often do you expect to meet?',
    options: rows([
      ['weekly', 'Every week', 'to meet every week'],
      ['every-two-weeks', 'Every two weeks', 'to meet every two weeks'],
      ['monthly', 'Once a month', 'to meet once a month'],
      ['every-two-months', 'Every two months', 'to meet every two months'],
      ['as-needed', 'When one of us needs it', 'to meet when one of us needs it'],
    ]),
    starters: [
      'What would a good month of meetings look like for you, given your rotations and on-call weeks?',
      'Could we try one of our two rhythms until the next review, and agree now on when we look at it again?',
      'If we meet less often than one of us hoped, what could fill the gap: a short message, a quick call?',
    ],
  },
  {
    id: 'format',
    title: 'How we meet',
    question: 'How do you expect to meet?',
    options: rows([
      ['in-person', 'In person', 'to meet in person'],
      ['video', 'By video call', 'to meet by video call'],
      ['phone', 'By phone', 'to meet by phone'],
      ['mixed', 'A mix, as it suits us', 'a mix of in person and remote'],
    ]),
    starters: [
      'Where do you find it easiest to talk openly: over coffee, in an office, or from home on a call?',
      'Could we meet in person when we can and by call on busy weeks?',
      'Is there a place near the wards or the library that would make meeting in person easier?',
    ],
  },
  {
    id: 'reply',
    title: 'Replies between meetings',
    question: 'How quickly do you expect a reply to a message between meetings?',
    options: rows([
      ['same-day', 'The same day', 'a reply the same day'],
      ['two-days', 'Within two days', 'a reply within two days'],
      ['week', 'Within a week', 'a reply within a week'],
    ]),
    starters: [
      'When you are on nights or on call, how long does a reply usually take you, honestly?',
      'How would you like to flag something urgent, so it does not wait in a long inbox?',
      'Could we agree that a short "got it, will reply properly on Friday" counts as a reply?',
    ],
  },
  {
    id: 'confidentiality',
    title: 'Confidentiality',
    question: 'What stays between us?',
    hint: 'Whatever you choose, a risk to someone’s safety, or mistreatment, may have to be raised with someone who can help; you would talk about it first whenever you can.',
    options: rows([
      ['between-us', 'Everything stays between us', 'everything to stay between you'],
      [
        'ask-first',
        'We ask each other before sharing anything, with anyone',
        'to ask each other before sharing anything',
      ],
      [
        'themes-with-lead',
        'General themes, without names or details, may go to the program lead',
        'that general themes may go to the program lead',
      ],
    ]),
    starters: [
      'Is there anything you would want me never to mention to anyone, even in general terms?',
      'Who might we each want to talk to about our meetings: a program lead, a supervisor, a friend?',
      'If something worried one of us about safety or mistreatment, how would we want to handle telling the other first?',
    ],
  },
  {
    id: 'goals',
    title: 'What we work on',
    question: 'Which areas do you expect to work on together?',
    hint: 'Choose any. Your note here stays on this device.',
    multiple: true,
    notePrivate: true,
    options: rows([
      ['guidance', 'Guidance: advice on decisions and problems', 'guidance'],
      ['knowledge', 'Knowledge: skills, research, exams', 'knowledge'],
      ['belonging', 'Belonging: feeling part of medicine', 'belonging'],
      ['direction', 'Direction: career and specialty choices', 'direction'],
      ['networking', 'Networking: introductions and contacts', 'networking'],
    ]),
    starters: [
      'Which one thing would make this year of mentoring worth it for you?',
      'Could we start with the areas we both chose, and come back to the others at our review?',
      'What would progress in {theirs} look like by our next review?',
    ],
  },
  {
    id: 'feedback',
    title: 'How we give feedback',
    question: 'How do you expect to give each other feedback, in both directions?',
    options: rows([
      ['in-the-moment', 'In the moment, as things come up', 'feedback in the moment'],
      ['check-ins', 'At set check-ins', 'feedback at set check-ins'],
      ['both', 'Both', 'feedback both in the moment and at check-ins'],
    ]),
    starters: [
      'How do you like to hear that something is not working: straight away, or when we have time to talk?',
      'What would make it easy for you to tell me that a meeting was not useful?',
      'Could we end every few meetings with two questions: what helped, and what to change?',
    ],
  },
  {
    id: 'initiative',
    title: 'Who starts the contact',
    question: 'Who do you expect to get in touch and set up meetings?',
    options: rows([
      ['mentee', 'The mentee', 'the mentee to get in touch'],
      ['mentor', 'The mentor', 'the mentor to get in touch'],
      ['either', 'Either of us', 'either of you to get in touch'],
      ['take-turns', 'We take turns', 'you to take turns getting in touch'],
    ]),
    starters: [
      'If a few weeks pass without a word, who should send the first message, and would that feel awkward?',
      'Could we book the next meeting at the end of each one, so nobody has to chase?',
      'What would you read into it if I did not get in touch for a while?',
    ],
  },
  {
    id: 'ending',
    title: 'Ending it without fault',
    question: 'How can either of you end or change the mentorship, with no fault on either side?',
    options: rows([
      [
        'short-talk',
        'A short conversation, no reasons owed',
        'a short conversation, no reasons owed',
      ],
      ['message', 'A message is enough', 'that a message is enough'],
      ['at-review', 'We talk about it at our review date', 'to talk about it at the review date'],
      ['program-lead', 'Through the program lead', 'to go through the program lead'],
    ]),
    starters: [
      'If this stopped working for one of us, what would make it easy to say so?',
      'Would you prefer to hear it from me directly, or through the program lead?',
      'Could we agree now that ending early is nobody’s failure, and say how we would do it?',
    ],
  },
];

/** The topic with this id, if this version knows it. */
export function topicById(id: string): Topic | undefined {
  return expectationTopics.find((t) => t.id === id);
}
