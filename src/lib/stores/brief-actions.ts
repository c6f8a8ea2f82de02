/** The meeting brief's actions: what the brief page needs and My data does not. */
import { briefLimits } from '../schemas/brief';
import { brief } from './brief';

/** The first name to sign with: trimmed, and null when empty or over the limit. */
export function senderName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed && trimmed.length <= briefLimits.name ? trimmed : null;
}

/**
 * Saves a change of the name or the questions as it is typed. `counts: false` keeps single
 * keystrokes out of the backup reminder; `counts: true`, when the person leaves the box, counts
 * the change once.
 */
export function setBriefText(
  field: 'name' | 'questions',
  text: string,
  { counts = false, now = new Date() }: { counts?: boolean; now?: Date } = {},
): boolean {
  return brief.update((b) => ({ ...b, [field]: text, updatedAt: now.toISOString() }), { counts });
}
