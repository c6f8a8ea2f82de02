/**
 * The parts of a guide run as a workshop, read from the guide's MDX source in the order they
 * appear (facilitator notes, activities, cases), and the session's timing worked out from them.
 * The session plans and facilitator sheets show both.
 */

export interface SessionPart {
  kind: 'facilitator-note' | 'activity' | 'case';
  title: string;
  /** Suggested minutes, or null when the guide gives none (a case never does). */
  minutes: number | null;
}

/** A part of the session's timeline. */
export interface TimedPart extends SessionPart {
  /** Whether its minutes count toward the session's total. */
  counted: boolean;
}

export interface SessionTiming {
  /** Every part, in order, each marked counted or not. */
  parts: TimedPart[];
  /** The session's length: the sum of the counted parts' minutes. */
  minutes: number;
}

const TAG = /<(FacilitatorNote|Activity|Case)\b([^>]*)>/g;
const KINDS = { FacilitatorNote: 'facilitator-note', Activity: 'activity', Case: 'case' } as const;
const UNTITLED = { FacilitatorNote: 'Facilitator note', Activity: 'Activity', Case: 'Case' };

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(\\d+)\\s*\\})`).exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function sessionParts(source: string): SessionPart[] {
  return [...source.matchAll(TAG)].map(([, tag = 'Case', attributes = '']) => {
    const name = tag as keyof typeof KINDS;
    const minutes = name === 'Case' ? undefined : attribute(attributes, 'minutes');
    return {
      kind: KINDS[name],
      title: attribute(attributes, 'title') ?? UNTITLED[name],
      minutes: minutes === undefined ? null : Number(minutes),
    };
  });
}

/**
 * A guide's session timing, each activity's minutes counted once. The facilitator notes carry
 * the session's minutes: in the guides every activity is followed by the note that runs it in
 * the room (with the same minutes, or more for pairs and a debrief), so an activity's own
 * minutes, which tell a reader working alone how long it takes, count only in a guide that has
 * no timed facilitator note. Cases have no minutes: the note after a case times its discussion.
 */
export function sessionTiming(parts: readonly SessionPart[]): SessionTiming {
  const byNotes = parts.some((p) => p.kind === 'facilitator-note' && p.minutes !== null);
  const timed = parts.map((part) => ({
    ...part,
    counted:
      part.minutes !== null &&
      (part.kind === 'facilitator-note' || (part.kind === 'activity' && !byNotes)),
  }));
  return {
    parts: timed,
    minutes: timed.reduce((sum, p) => sum + (p.counted ? (p.minutes ?? 0) : 0), 0),
  };
}
