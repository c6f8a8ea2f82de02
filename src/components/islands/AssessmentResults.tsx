/**
 * Results of the latest attempt, led by the band summary: each area in its band (absolute, never
 * by rank), areas with not enough answers, a pointer to support when answers suggest it, scores
 * per domain (one chart; the table folded under it), unanswered items flagged, change since the previous attempt and the trend across
 * attempts, next steps, reflection prompts, and printing. What it shows is worked out in
 * src/lib/stores/assessment-views.ts; the sections are in ./results.
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { formatTimestamp } from '~/lib/format';
import { assessments } from '~/lib/stores/assessments';
import {
  goalHref,
  notEnoughLabel,
  resultsView,
  type AreaView,
  type ResultsInstrument,
} from '~/lib/stores/assessment-views';
import Band from './results/Band';
import NextSteps from './results/NextSteps';
import Scores from './results/Scores';
import Support from './results/Support';
import Trend from './results/Trend';
import StorageNotices from './StorageNotices';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  instrument: ResultsInstrument;
  /** Titles and links of the guides the instrument's domains point to. */
  guides: Record<string, { title: string; href: string }>;
  runnerHref: string;
  myDataHref: string;
  /** The goal planner, when the site has it: "Make this a goal" links there. */
  planHref?: string | undefined;
  /** The mentor track, when shown: a mentor's next steps lead there. */
  mentorTrackHref?: string | undefined;
  /** The school's support text, as paragraphs, for answers that suggest isolation or exhaustion. */
  support: readonly string[];
  locale: string;
}

function AssessmentResults({
  instrument,
  guides,
  runnerHref,
  myDataHref,
  planHref,
  mentorTrackHref,
  support,
  locale,
}: Props) {
  const state = useStore(assessments.$value);
  const view = useMemo(() => resultsView(instrument, state), [instrument, state]);

  if (!view) {
    return (
      <div class="results">
        <StorageNotices locale={locale} myDataHref={myDataHref} />
        <p>You have not completed this self-assessment on this device yet.</p>
        <p>
          <a class="button" href={`${runnerHref}#again`}>
            Start the self-assessment
          </a>
        </p>
      </div>
    );
  }

  const toGoal = planHref
    ? (area: AreaView) => goalHref(planHref, instrument.instrument, area.id, area.band)
    : null;
  const { unanswered } = view;

  return (
    <div class="results">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="muted small">
        Completed {formatTimestamp(view.latest.completedAt, locale)}
        {view.attempts > 1 ? `; attempt ${view.attempts} of ${view.attempts}` : ''}.
      </p>

      {view.bands.map((band) => (
        <Band
          key={band.id}
          id={band.id}
          heading={band.heading}
          areas={band.areas}
          goalHref={toGoal}
        />
      ))}
      {view.notEnough.length > 0 && (
        <Band id="not-enough" heading={notEnoughLabel} areas={view.notEnough} goalHref={null} />
      )}
      {view.notes.length > 0 && (
        <div class="notice" role="note">
          {view.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {unanswered.count > 0 && (
        <div class="notice notice--warning" role="note">
          <p>
            {pluralCount(
              locale,
              unanswered.count,
              {
                one: 'One statement was left unanswered, so its area is scored on fewer items: {areas}.',
                other:
                  '{n} statements were left unanswered, so their areas are scored on fewer items: {areas}.',
              },
              { areas: unanswered.areas.join(', ') },
            )}
          </p>
        </div>
      )}

      <Support note={view.support} support={support} />
      <Scores view={view} locale={locale} />
      {view.attempts > 1 && <Trend trend={view.trend} locale={locale} />}
      <NextSteps
        view={view}
        reflection={instrument.reflection}
        guides={guides}
        runnerHref={runnerHref}
        mentorTrackHref={mentorTrackHref}
        locale={locale}
      />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(AssessmentResults);
