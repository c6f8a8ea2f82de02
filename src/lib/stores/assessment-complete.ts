/**
 * Completing a self-assessment: scores the draft and saves the attempt. Kept apart from the
 * store so pages that only list or back up results do not load the scoring code.
 */
import { band } from '../assessment/bands';
import { scoreAttempt } from '../assessment/score';
import type { Attempt } from '../schemas/assessments';
import { assessments, type RunnerInstrument } from './assessments';

/** Completes the draft: saves the attempt with a results snapshot and clears the draft. */
export function complete(instrument: RunnerInstrument, now = new Date()): Attempt | null {
  let saved: Attempt | null = null;
  assessments.update((s) => {
    const draft = s.drafts[instrument.instrument];
    if (!draft) return s;
    const scores = scoreAttempt(instrument, draft.answers);
    const banding = band(instrument.results, scores);
    const attempt: Attempt = {
      id: `${instrument.instrument}-${now.getTime().toString(36)}`,
      instrument: instrument.instrument,
      framework: instrument.framework,
      title: instrument.title,
      completedAt: now.toISOString(),
      answers: draft.answers,
      notes: draft.notes,
      audience: instrument.results.audience,
      results: scores.map((score, i) => ({
        domain: score.domain,
        name: instrument.domains.find((d) => d.id === score.domain)?.name ?? score.domain,
        score: score.score,
        mean: score.mean,
        answered: score.answered,
        band: banding.areas[i]?.band ?? null,
      })),
      bands: instrument.results.bands.map(({ id, label, heading, focus }) => ({
        id,
        label,
        heading,
        focus,
      })),
      close: banding.close,
    };
    saved = attempt;
    const drafts = { ...s.drafts };
    delete drafts[instrument.instrument];
    return { ...s, drafts, attempts: [...s.attempts, attempt] };
  });
  return saved;
}
