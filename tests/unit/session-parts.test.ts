import { expect, test } from 'vitest';
import { sessionParts, sessionTiming, type SessionPart } from '~/lib/content/session-parts';

test.each([
  ['no parts', 'Just prose.\n\n## A heading', []],
  [
    'notes, activities and cases in order, minutes as numbers',
    '<FacilitatorNote minutes={5} title="Opening">\nAsk.\n</FacilitatorNote>\n\n<Activity title="Map your constellation" minutes={15}>\n1. Draw.\n</Activity>\n\n<Case title="The quiet conference">\nText.\n</Case>',
    [
      { kind: 'facilitator-note', title: 'Opening', minutes: 5 },
      { kind: 'activity', title: 'Map your constellation', minutes: 15 },
      { kind: 'case', title: 'The quiet conference', minutes: null },
    ],
  ],
  [
    'no title or time given',
    '<FacilitatorNote>\nNotes.\n</FacilitatorNote>',
    [{ kind: 'facilitator-note', title: 'Facilitator note', minutes: null }],
  ],
  [
    'single quotes and spaces in braces',
    "<Activity title='Role play' minutes={ 20 }>",
    [{ kind: 'activity', title: 'Role play', minutes: 20 }],
  ],
  [
    'a case never has minutes',
    '<Case title="X" minutes={5}>',
    [{ kind: 'case', title: 'X', minutes: null }],
  ],
])('sessionParts: %s', (_, source, expected) => {
  expect(sessionParts(source)).toEqual(expected);
});

const note = (minutes: number | null, title = 'Note'): SessionPart => ({
  kind: 'facilitator-note',
  title,
  minutes,
});
const activity = (minutes: number | null, title = 'Activity'): SessionPart => ({
  kind: 'activity',
  title,
  minutes,
});
const kase: SessionPart = { kind: 'case', title: 'Case', minutes: null };

test.each<[string, SessionPart[], boolean[], number]>([
  ['nothing timed', [], [], 0],
  [
    // The shape of every guide: the activity is run by the note after it, counted once.
    'an activity and the note that runs it, with the same minutes',
    [note(5), activity(15), note(15), kase, note(20), note(10)],
    [true, false, true, false, true, true],
    50,
  ],
  [
    'a note that gives the activity more time in the room',
    [note(5), activity(15), note(20), note(10)],
    [true, false, true, true],
    35,
  ],
  [
    'only activities: their minutes are the session',
    [activity(15), kase, activity(10)],
    [true, false, true],
    25,
  ],
  [
    'untimed notes leave the activities counted',
    [note(null), activity(15), note(null)],
    [false, true, false],
    15,
  ],
  [
    'an untimed activity among timed notes',
    [note(5), activity(null), note(10)],
    [true, false, true],
    15,
  ],
])('sessionTiming: %s', (_, parts, counted, minutes) => {
  const timing = sessionTiming(parts);
  expect(timing.parts.map((p) => p.counted)).toEqual(counted);
  expect(timing.parts.map(({ counted: _, ...p }) => p)).toEqual(parts);
  expect(timing.minutes).toBe(minutes);
});
