/**
 * Calendar export (RFC 5545): one all-day VEVENT per date (goal target dates, step due dates,
 * follow-ups), with UIDs derived from the goal and step ids, so importing a newer file updates
 * the same events instead of adding copies. Text from the plan (typed, or imported from a file)
 * is escaped as RFC 5545 requires, so no character in it can end a line or a property.
 */
import { isCalendarDate } from '../dates';
import { stripBidiControls, stripControls } from '../text';

export interface CalendarEvent {
  /** Stable identity, e.g. "goal-abc" or "step-abc-def". */
  key: string;
  /** Calendar date, "2026-12-01". */
  date: string;
  summary: string;
  description: string;
}

/**
 * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped; every line break
 * (CRLF, a bare CR as in files from old Macs, LF) becomes "\n"; the other control characters
 * (C0 but tab, and DEL), which the RFC does not allow, are removed, as are bidirectional
 * controls (src/lib/text.ts), which would make a calendar show the text reordered.
 */
export function escapeText(value: string): string {
  return stripControls(stripBidiControls(value))
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to 75 octets, as the RFC requires, without splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
      limit = 74; // continuation lines start with a space
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The .ics file for the given events. `now` stamps DTSTAMP. */
export function toIcs(
  events: readonly CalendarEvent[],
  now: Date,
  calendarName = 'MedMentor',
): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MedMentor//Goal planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const event of events) {
    // An impossible date cannot be an all-day event (and must not break the others).
    if (!isCalendarDate(event.date)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.key)}@medmentor`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Events for a plan's open goals: target dates and due dates of steps not yet done. */
export function planEvents(
  goals: readonly {
    id: string;
    title: string;
    status: string;
    archived: boolean;
    targetDate: string | null;
    steps: readonly { id: string; text: string; done: boolean; due: string | null }[];
  }[],
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const goal of goals) {
    if (goal.archived || goal.status === 'done') continue;
    if (goal.targetDate) {
      events.push({
        key: `goal-${goal.id}`,
        date: goal.targetDate,
        summary: `Goal due: ${goal.title}`,
        description: `Target date for your goal "${goal.title}".`,
      });
    }
    for (const step of goal.steps) {
      if (step.done || !step.due) continue;
      events.push({
        key: `step-${goal.id}-${step.id}`,
        date: step.due,
        summary: `Step: ${step.text}`,
        description: `A step toward your goal "${goal.title}".`,
      });
    }
  }
  return events;
}
