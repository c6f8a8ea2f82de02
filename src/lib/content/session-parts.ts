/**
 * The timed parts of a guide run as a workshop: its facilitator notes and activities, in the
 * order they appear, read from the guide's MDX source. The session-plan pages add them up.
 */

export interface SessionPart {
  kind: 'facilitator-note' | 'activity';
  title: string;
  /** Suggested minutes, or null when the guide gives none. */
  minutes: number | null;
}

const TAG = /<(FacilitatorNote|Activity)\b([^>]*)>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(\\d+)\\s*\\})`).exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function sessionParts(source: string): SessionPart[] {
  return [...source.matchAll(TAG)].map(([, tag, attributes = '']) => {
    const minutes = attribute(attributes, 'minutes');
    return {
      kind: tag === 'Activity' ? 'activity' : 'facilitator-note',
      title:
        attribute(attributes, 'title') ?? (tag === 'Activity' ? 'Activity' : 'Facilitator note'),
      minutes: minutes === undefined ? null : Number(minutes),
    };
  });
}

/** Total minutes of the parts that give a time. */
export function totalMinutes(parts: readonly SessionPart[]): number {
  return parts.reduce((sum, part) => sum + (part.minutes ?? 0), 0);
}
