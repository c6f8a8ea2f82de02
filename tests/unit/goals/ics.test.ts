/** The .ics export: any text a person typed or imported reads back exactly in a calendar parser. */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, toIcs, type CalendarEvent } from '~/lib/goals/ics';
import textCases from '../../tables/ics-text.json';

const now = new Date('2026-11-24T12:00:00Z');

/** The events of an .ics file, as ical.js reads them. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const event = (summary: string, description = 'd'): CalendarEvent => ({
  key: 'goal-g1',
  date: '2026-12-01',
  summary,
  description,
});

describe('text reads back exactly, whatever it holds', () => {
  // Rows: name, text as typed, text as a calendar reads it back.
  test.each(textCases as [string, string, string][])('%s', (_name, text, expected) => {
    const ics = toIcs([event(text, `About ${text}`)], now);
    // Every line ends with CRLF: no bare CR or LF left anywhere in the file.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [parsed, ...rest] = parse(ics);
    expect(rest).toEqual([]);
    expect(parsed?.summary).toBe(expected);
    expect(parsed?.description).toBe(`About ${expected}`);
    expect(parsed?.startDate.toString()).toBe('2026-12-01');
  });

  test('long text of multi-byte characters folds at 75 octets and reads back whole', () => {
    const text = `${'é'.repeat(40)}🩺${'漢字'.repeat(30)}, \r${'ش'.repeat(50)}`;
    const ics = toIcs([event(text)], now);
    for (const line of ics.split('\r\n')) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // No line is cut inside a character: each decodes strictly.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    }
    expect(parse(ics)[0]?.summary).toBe(text.replace('\r', '\n'));
  });
});

test.each<[string, string]>([
  ['backslash first, so escapes are not doubled', 'a\\,b'],
  ['only CR', '\r'],
  ['CR before LF', '\r\n\n\r'],
])('escapeText leaves no raw line break or unescaped separator: %s', (_name, text) => {
  const escaped = escapeText(text);
  expect(escaped).not.toMatch(/[\r\n]/);
  expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[,;]/);
});

test('a line already short enough is not folded', () => {
  expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
});

test('an event with an impossible date is left out; the others stay', () => {
  const ics = toIcs([{ ...event('Bad'), date: '2026-13-45' }, event('Good')], now);
  expect(parse(ics).map((e) => e.summary)).toEqual(['Good']);
});
