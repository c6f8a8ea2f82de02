/**
 * What the self-assessments share with a mentor, in the words of their bands, written to the
 * mentor (loaded only when a person shares).
 */
import { bandLine, focusLine, focusTitle, summarizeAttempt } from '../assessment/summary';
import { localDay } from '../dates';
import { formatDay, pageLocale } from '../format';
import type { AssessmentsState } from '../schemas/assessments';
import type { ShareDefinition } from '../storage/define';
import { latestAttempts } from './assessments';

export const assessmentsShare: ShareDefinition<AssessmentsState>[] = [
  {
    id: 'assessment-results',
    label: 'Self-assessment results (latest of each)',
    defaultOn: true,
    summarize: (state, who) => {
      const latest = latestAttempts(state);
      if (latest.length === 0) return null;
      const locale = pageLocale();
      return {
        title: who.name ? `${who.name}'s self-assessment results` : 'Self-assessment results',
        blocks: latest.flatMap((attempt) => {
          const summary = summarizeAttempt(attempt);
          const focus = focusLine(summary);
          const label = (band: string | null) =>
            attempt.bands.find((b) => b.id === band)?.label ?? 'Not enough answers to go on';
          return [
            {
              type: 'table' as const,
              caption: `${attempt.title}, ${formatDay(localDay(attempt.completedAt), locale)}`,
              columns: ['Area', 'Score (0 to 100)', 'Band'],
              rows: attempt.results.map((r) => [
                r.name,
                r.score === null ? 'no score' : String(r.score),
                label(r.band),
              ]),
            },
            {
              type: 'list' as const,
              items: [
                `${focusTitle(attempt, who.name)}: ${focus ?? 'none of the areas is in a band to work on'}`,
                bandLine(summary),
                ...(summary.close
                  ? ['The areas scored close together, so the differences between them are small.']
                  : []),
              ],
            },
          ];
        }),
      };
    },
  },
  {
    id: 'assessment-notes',
    label: 'My notes from self-assessments',
    defaultOn: false,
    summarize: (state, who) => {
      const items = latestAttempts(state).flatMap((attempt) =>
        Object.entries(attempt.notes)
          .filter(([, text]) => text.trim())
          .map(([domain, text]) => {
            const name = attempt.results.find((r) => r.domain === domain)?.name ?? domain;
            return `${attempt.title}, ${name}: ${text.trim()}`;
          }),
      );
      return items.length
        ? {
            title: who.name
              ? `${who.name}'s notes from self-assessments`
              : 'Notes from self-assessments',
            blocks: [{ type: 'list', items }],
          }
        : null;
    },
  },
];
