/**
 * The pointer to support on a results page (an instrument's `results.support`): shown only when
 * the answers say so, never by default and never as a diagnosis. Two triggers, both written in
 * the instrument's YAML: a statement answered at one of its `concern` answers (for example,
 * agreeing strongly that training leaves you worn out), or an area placed in a band the note
 * names (for example, belonging in "A strong need").
 */
import { concerns } from './bands';
import type { Answers } from './score';

/** The note as an instrument writes it (src/lib/schemas/instrument.ts, `results.support`). */
export interface SupportRule {
  title: string;
  note: string;
  areas: readonly { domain: string; band: string }[];
}

/** The note to show, or null when nothing in the answers points to it. */
export function supportNote(
  rule: SupportRule | undefined,
  items: Parameters<typeof concerns>[0],
  answers: Answers,
  areas: readonly { domain: string; band: string | null }[],
): { title: string; note: string } | null {
  if (!rule) return null;
  const byBand = areas.some((a) =>
    rule.areas.some((r) => r.domain === a.domain && r.band === a.band),
  );
  if (!byBand && concerns(items, answers).length === 0) return null;
  return { title: rule.title, note: rule.note };
}
