/**
 * Results of the latest attempt: scores per domain (chart and table), the two ends with ties
 * and "not sure" explained, unanswered items flagged, change since the previous attempt and the
 * trend across attempts, next steps, reflection prompts, and printing.
 */
import { useStore } from '@nanostores/preact';
import { compare, describeChange } from '~/lib/assessment/compare';
import { rank } from '~/lib/assessment/rank';
import { mentoringKindLabels, recommend } from '~/lib/assessment/recommend';
import { scoreAttempt, unansweredItems } from '~/lib/assessment/score';
import type { Instrument } from '~/lib/schemas/instrument';
import { assessments, attemptsOf } from '~/lib/stores/assessments';
import StorageNotices from './StorageNotices';
import GuideLinks from './GuideLinks';

interface Props {
  instrument: Pick<
    Instrument,
    'instrument' | 'framework' | 'title' | 'domains' | 'items' | 'scale' | 'results' | 'reflection'
  >;
  /** Titles and links of the guides the instrument's domains point to. */
  guides: Record<string, { title: string; href: string }>;
  runnerHref: string;
  myDataHref: string;
  /** The goal planner, when the site has it: "Make this a goal" links there. */
  planHref?: string | undefined;
  locale: string;
}

function Chart({ rows, label }: { rows: { name: string; score: number | null }[]; label: string }) {
  const rowHeight = 40;
  return (
    <svg
      class="chart"
      viewBox={`0 0 320 ${rows.length * rowHeight}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, i) => (
        <g key={row.name} transform={`translate(0 ${i * rowHeight})`}>
          <text x="0" y="13" class="chart-label">
            {row.name}
          </text>
          <rect x="0" y="18" width="280" height="14" class="chart-track" rx="3" />
          {row.score !== null && (
            <rect
              x="0"
              y="18"
              width={Math.max(2, row.score * 2.8)}
              height="14"
              class="chart-bar"
              rx="3"
            />
          )}
          <text x="286" y="30" class="chart-value">
            {row.score === null ? '–' : row.score}
          </text>
        </g>
      ))}
    </svg>
  );
}

export default function AssessmentResults({
  instrument,
  guides,
  runnerHref,
  myDataHref,
  planHref,
  locale,
}: Props) {
  const state = useStore(assessments.$value);
  const attempts = attemptsOf(state, instrument.instrument).filter(
    (a) => a.framework === instrument.framework,
  );
  const latest = attempts.at(-1);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));

  if (!latest) {
    return (
      <div class="results">
        <StorageNotices locale={locale} myDataHref={myDataHref} />
        <p>You have not completed this self-assessment on this device yet.</p>
        <p>
          <a class="button" href={runnerHref}>
            Start the self-assessment
          </a>
        </p>
      </div>
    );
  }

  const scores = scoreAttempt(instrument, latest.answers);
  const ranking = rank(scores, instrument.results.highlight);
  const name = (id: string) => instrument.domains.find((d) => d.id === id)?.name ?? id;
  const previous = attempts.at(-2);
  const changes = previous ? compare(scoreAttempt(instrument, previous.answers), scores) : null;
  const history = attempts.map((a) => ({
    attempt: a,
    scores: scoreAttempt(instrument, a.answers),
  }));
  const missing = unansweredItems(instrument, latest.answers);
  const focus = instrument.results.recommendFor === 'high' ? ranking.high : ranking.low;
  const next = recommend(instrument, focus);
  const notSure = scores.reduce((sum, s) => sum + s.notSure, 0);
  const min = Math.min(...instrument.scale.points.map((p) => p.value));
  const max = Math.max(...instrument.scale.points.map((p) => p.value));

  const goalLink = (id: string) =>
    planHref &&
    focus.includes(id) && (
      <a
        class="button button--quiet button--small make-goal"
        aria-label={`Make this a goal: ${name(id)}`}
        href={`${planHref}?instrument=${encodeURIComponent(instrument.instrument)}&domain=${encodeURIComponent(id)}`}
      >
        Make this a goal
      </a>
    );

  const end = (title: string, ids: string[], text: 'high' | 'low') => (
    <section aria-labelledby={`end-${text}`} class="end">
      <h2 id={`end-${text}`}>{title}</h2>
      {ids.length === 0 ? (
        <p>None stands out this time.</p>
      ) : (
        <ul class="end-list">
          {ids.map((id) => {
            const domain = instrument.domains.find((d) => d.id === id);
            return (
              <li key={id}>
                <strong>{name(id)}</strong> ({scores.find((s) => s.domain === id)?.score} of 100).{' '}
                {domain?.[text]} {goalLink(id)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );

  return (
    <div class="results">
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="muted">
        Completed {date(latest.completedAt)}
        {attempts.length > 1 ? `; attempt ${attempts.length} of ${attempts.length}` : ''}.
      </p>

      {ranking.notes.length > 0 && (
        <div class="notice" role="note">
          {ranking.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {missing.length > 0 && (
        <div class="notice notice--warning" role="note">
          <p>
            {missing.length === 1 ? 'One statement was' : `${missing.length} statements were`} left
            unanswered, so {missing.length === 1 ? 'its area is' : 'their areas are'} scored on
            fewer items:{' '}
            {[
              ...new Set(
                missing.map((id) => instrument.items.find((i) => i.id === id)?.domain ?? ''),
              ),
            ]
              .map(name)
              .join(', ')}
            .
          </p>
        </div>
      )}

      {end(instrument.results.highTitle, ranking.high, 'high')}
      {end(instrument.results.lowTitle, ranking.low, 'low')}

      <section aria-labelledby="scores-title">
        <h2 id="scores-title">Scores by area</h2>
        <p class="small muted">
          Each score is the average of your answers in that area, from 0 (all "
          {instrument.scale.points[0]?.label}") to 100 (all "{instrument.scale.points.at(-1)?.label}
          "); the average on the {min} to {max} scale is shown too.
          {notSure > 0 &&
            ` ${notSure} "not sure" answer${notSure === 1 ? ' is' : 's are'} left out of the scores.`}
        </p>
        <Chart
          rows={scores.map((s) => ({ name: name(s.domain), score: s.score }))}
          label={`Bar chart of your scores by area, from 0 to 100. The same scores are in the table below.`}
        />
        <div
          class="table-scroll"
          tabIndex={0}
          role="group"
          aria-label="Table (scrolls sideways on small screens)"
        >
          <table class="data-table">
            <caption>Your scores, {date(latest.completedAt)}</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Score (0 to 100)</th>
                <th scope="col">
                  Average ({min} to {max})
                </th>
                {changes && <th scope="col">Since {date(previous!.completedAt)}</th>}
              </tr>
            </thead>
            <tbody>
              {scores.map((s, i) => (
                <tr key={s.domain}>
                  <th scope="row">{name(s.domain)}</th>
                  <td>{s.score ?? 'no score'}</td>
                  <td>{s.mean ?? '–'}</td>
                  {changes && <td>{describeChange(changes[i]?.delta ?? null)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {history.length > 1 && (
        <section aria-labelledby="trend-title">
          <h2 id="trend-title">Your trend</h2>
          <div
            class="table-scroll"
            tabIndex={0}
            role="group"
            aria-label="Table (scrolls sideways on small screens)"
          >
            <table class="data-table">
              <caption>Scores (0 to 100) in each attempt, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  {history.map(({ attempt }) => (
                    <th scope="col" key={attempt.id}>
                      {date(attempt.completedAt)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {instrument.domains.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    {history.map(({ attempt, scores: s }) => (
                      <td key={attempt.id}>{s.find((x) => x.domain === d.id)?.score ?? '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="next-title">
        <h2 id="next-title">What to do next</h2>
        {next.kinds.length > 0 && (
          <>
            <p>Kinds of mentoring that fit:</p>
            <ul>
              {next.kinds.map((kind) => (
                <li key={kind}>
                  <strong>{mentoringKindLabels[kind]?.name ?? kind}</strong>:{' '}
                  {mentoringKindLabels[kind]?.description}
                </li>
              ))}
            </ul>
          </>
        )}
        {next.guides.length > 0 && (
          <>
            <p>Guides to read:</p>
            <GuideLinks ids={next.guides} guides={guides} />
          </>
        )}
        {Object.values(latest.notes).some((n) => n.trim()) && (
          <>
            <h3>Your notes</h3>
            <ul>
              {instrument.domains
                .filter((d) => latest.notes[d.id]?.trim())
                .map((d) => (
                  <li key={d.id}>
                    <strong>{d.name}:</strong> {latest.notes[d.id]}
                  </li>
                ))}
            </ul>
          </>
        )}
        {instrument.reflection.length > 0 && (
          <>
            <h3>To think about before you meet your mentor</h3>
            <ul>
              {instrument.reflection.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </>
        )}
        <p class="actions no-print">
          <button type="button" class="button" onClick={() => print()}>
            Print or save as PDF
          </button>
          <a class="button button--quiet" href={runnerHref}>
            Take it again
          </a>
        </p>
      </section>
    </div>
  );
}
