import { expect, test } from 'vitest';
import { sessionParts, totalMinutes } from '~/lib/content/session-parts';

test.each([
  ['no parts', 'Just prose.\n\n## A heading', []],
  [
    'notes and activities in order, minutes as numbers',
    '<FacilitatorNote minutes={5} title="Opening">\nAsk.\n</FacilitatorNote>\n\n<Activity title="Map your constellation" minutes={15}>\n1. Draw.\n</Activity>',
    [
      { kind: 'facilitator-note', title: 'Opening', minutes: 5 },
      { kind: 'activity', title: 'Map your constellation', minutes: 15 },
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
])('%s', (_, source, expected) => {
  expect(sessionParts(source)).toEqual(expected);
});

test('totalMinutes adds the parts that give a time', () => {
  expect(
    totalMinutes([
      { kind: 'activity', title: 'a', minutes: 15 },
      { kind: 'facilitator-note', title: 'b', minutes: null },
      { kind: 'facilitator-note', title: 'c', minutes: 20 },
    ]),
  ).toBe(35);
});
