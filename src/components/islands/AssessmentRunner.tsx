/**
 * Taking a self-assessment: one domain per step, every answer saved as it changes, so a closed
 * tab (online or offline) resumes at the same step with the same answers.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  answer,
  assessments,
  goToStep,
  setNote,
  startOver,
  type RunnerInstrument,
} from '~/lib/stores/assessments';
import { complete } from '~/lib/stores/assessment-complete';
import { offerUndo } from '~/lib/stores/undo';
import { assessmentLimits } from '~/lib/schemas/assessments';
import { $storageStatus } from '~/lib/stores/storage-views';
import type ResultsIsland from './AssessmentResults';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';
import { withBoundary } from './ui/ErrorBoundary';

type ResultsProps = ComponentProps<typeof ResultsIsland>;

interface Props {
  instrument: RunnerInstrument & { minutes: number; description: string };
  resultsHref: string;
  /**
   * What the results page shows, for when nothing can be kept across pages (storage refused
   * entirely): the results then open here, without a page load that would lose the answers.
   */
  results: Omit<ResultsProps, 'locale' | 'myDataHref'>;
  myDataHref: string;
  locale: string;
}

function AssessmentRunner({ instrument, resultsHref, results, myDataHref, locale }: Props) {
  const hydrated = useHydrated();
  const [Results, setResults] = useState<FunctionComponent<ResultsProps> | null>(null);
  const state = useStore(assessments.$value);
  const draft = hydrated ? state.drafts[instrument.instrument] : undefined;
  const active = draft && draft.framework === instrument.framework ? draft : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const noteTimer = useRef<ReturnType<typeof setTimeout>>();
  const total = instrument.domains.length;
  const step = active ? Math.min(active.step, total - 1) : -1;
  const attemptsBefore = hydrated
    ? state.attempts.filter((a) => a.instrument === instrument.instrument).length
    : 0;

  // A step that starts below the top of the screen (Next at the foot of a long step) scrolls
  // up to the progress line; on a screen that already shows it, nothing moves.
  const root = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (moveFocus.current) {
      heading.current?.focus({ preventScroll: true });
      if ((root.current?.getBoundingClientRect().top ?? 0) < 0) root.current?.scrollIntoView();
      moveFocus.current = false;
    }
  }, [step]);

  // "Take it again" on the results links here with #again: the attempt starts in that one tap.
  useEffect(() => {
    if (hydrated && location.hash === '#again') {
      history.replaceState(history.state, '', location.pathname);
      moveFocus.current = true;
      if (!assessments.read().drafts[instrument.instrument]) goToStep(instrument, 0);
    }
  }, [hydrated, instrument]);

  const go = (next: number) => {
    moveFocus.current = true;
    goToStep(instrument, next);
  };

  if (Results) {
    return <Results {...results} myDataHref={myDataHref} locale={locale} />;
  }

  // How long it takes and how answers are kept are in "About this self-assessment", below the
  // island, so that on a phone the first statement is on the first screen once started.
  if (step === -1) {
    return (
      <div class="runner">
        <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
        <p>{instrument.description}</p>
        <p class="actions">
          {/* Disabled until hydrated, so an early tap is never silently lost. */}
          <button type="button" class="button" disabled={!hydrated} onClick={() => go(0)}>
            {attemptsBefore > 0 ? 'Take it again' : 'Start'}
          </button>
          {attemptsBefore > 0 && (
            <a class="button button--quiet" href={resultsHref}>
              See my results
            </a>
          )}
        </p>
      </div>
    );
  }

  const domain = instrument.domains[step]!;
  const items = instrument.items.filter((item) => item.domain === domain.id);
  const answers = active?.answers ?? {};
  const answeredHere = items.filter((item) => item.id in answers).length;
  const last = step === total - 1;

  const onNote = (text: string) => {
    clearTimeout(noteTimer.current);
    noteTimer.current = setTimeout(() => setNote(instrument, domain.id, text), 500);
  };

  // Clears this attempt's answers at once; the notice above offers them back.
  const restart = () => {
    clearTimeout(noteTimer.current);
    const undo = startOver(instrument);
    if (undo) {
      offerUndo({
        message: `Cleared your answers to ${instrument.title}.`,
        restored: `Your answers to ${instrument.title} are back.`,
        undo,
      });
    }
  };

  const onFinish = () => {
    clearTimeout(noteTimer.current);
    if (!complete(instrument)) return;
    if ($storageStatus.get().mode !== 'memory') location.assign(resultsHref);
    else void import('./AssessmentResults').then((m) => setResults(() => m.default));
  };

  return (
    <div class="runner" ref={root}>
      <StorageNotices locale={locale} myDataHref={myDataHref} />
      <div class="progress">
        <p>
          <span id="progress-label">
            Step {step + 1} of {total}
          </span>{' '}
          <span class="muted small">
            {answeredHere} of {items.length} answered in this area.
          </span>
        </p>
        <progress value={step + 1} max={total} aria-labelledby="progress-label" />
      </div>
      <h2 ref={heading} tabIndex={-1} class="step-title">
        {domain.name}
      </h2>
      <p class="small">{domain.description}</p>
      {items.map((item) => (
        <fieldset class="item" key={item.id}>
          <legend>{item.text}</legend>
          <div class="options">
            {instrument.scale.points.map((point) => (
              <label class="option" key={point.value}>
                <input
                  type="radio"
                  name={item.id}
                  value={String(point.value)}
                  checked={answers[item.id] === point.value}
                  onChange={() => answer(instrument, item.id, point.value)}
                />
                <span>{point.label}</span>
              </label>
            ))}
            {instrument.scale.notSure && (
              <label class="option option--unsure">
                <input
                  type="radio"
                  name={item.id}
                  value="not-sure"
                  checked={answers[item.id] === 'not-sure'}
                  onChange={() => answer(instrument, item.id, 'not-sure')}
                />
                <span>{instrument.scale.notSure}</span>
              </label>
            )}
          </div>
        </fieldset>
      ))}
      <label class="field">
        <span>Notes on {domain.name} (optional, private)</span>
        <textarea
          rows={3}
          maxLength={assessmentLimits.note}
          defaultValue={active?.notes[domain.id] ?? ''}
          key={domain.id}
          onInput={(e) => onNote(e.currentTarget.value)}
          onBlur={(e) => {
            clearTimeout(noteTimer.current);
            setNote(instrument, domain.id, e.currentTarget.value);
          }}
        />
      </label>
      <p class="actions step-nav">
        <button
          type="button"
          class="button button--quiet"
          disabled={step === 0}
          onClick={() => go(step - 1)}
        >
          Back
        </button>
        {last ? (
          <button type="button" class="button" onClick={onFinish}>
            See my results
          </button>
        ) : (
          <button type="button" class="button" onClick={() => go(step + 1)}>
            Next
          </button>
        )}
      </p>
      <p>
        <button type="button" class="link-button" onClick={restart}>
          Start over
        </button>
      </p>
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(AssessmentRunner);
