/**
 * The meeting brief: pick goals and results, add questions, then print it (one or two pages)
 * or save it as Markdown. Nothing new is stored; it reads the plan and the self-assessments.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { briefGoals, briefMarkdown, type BriefResults } from '~/lib/goals/brief';
import { addDays, today } from '~/lib/dates';
import { progress, statusLabels } from '~/lib/goals/model';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { plan } from '~/lib/stores/plan';
import { pluralCount } from '~/i18n/plural';
import { formatDay, formatTimestamp } from '~/lib/format';
import DateField from './ui/DateField';
import DownloadButton from './ui/DownloadButton';
import TextField from './ui/TextField';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';
import Checkboxes from './ui/Checkboxes';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  planHref: string;
  myDataHref: string;
}

function BriefApp({ locale, planHref, myDataHref }: Props) {
  const hydrated = useHydrated();
  const goals = useStore(plan.$value).goals.filter((g) => !g.archived);
  const attempts = latestAttempts(useStore(assessments.$value));
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [chosenResults, setChosenResults] = useState<Set<string> | null>(null);
  const [since, setSince] = useState(addDays(today(), -30));
  const [questions, setQuestions] = useState('');
  const picked =
    chosen ??
    new Set(
      goals
        .filter((g) => g.status === 'in-progress' || g.status === 'not-started')
        .map((g) => g.id),
    );
  const pickedResults = chosenResults ?? new Set(attempts.map((a) => a.id));
  const date = (day: string) => formatDay(day, locale);

  if (!hydrated) return <p class="muted">Loading your goals…</p>;
  if (goals.length === 0 && attempts.length === 0) {
    return (
      <>
        <StorageNotices locale={locale} myDataHref={myDataHref} />
        <p>
          Nothing to brief yet. <a href={planHref}>Add a goal to your plan</a> or complete a
          self-assessment first.
        </p>
      </>
    );
  }

  const toggle = (set: Set<string>, id: string, apply: (s: Set<string>) => void) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    apply(next);
  };

  const items = briefGoals(
    goals.filter((g) => picked.has(g.id)),
    since || null,
  );
  const results: BriefResults[] = attempts
    .filter((a) => pickedResults.has(a.id))
    .map((a) => {
      const name = (id: string) => a.results.find((r) => r.domain === id)?.name ?? id;
      return {
        title: a.title,
        completedAt: a.completedAt,
        highTitle: a.highTitle,
        high: a.high.map(name),
        lowTitle: a.lowTitle,
        low: a.low.map(name),
      };
    });
  const questionList = questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);

  const markdown = () => ({
    name: `medmentor-brief-${today()}.md`,
    text: briefMarkdown({ date: today(), since: since || null, goals: items, results, questions }),
    type: 'text/markdown',
  });

  return (
    <div class="tool brief">
      <StorageNotices locale={locale} myDataHref={myDataHref} />
      <form class="no-print" onSubmit={(e) => e.preventDefault()}>
        <Checkboxes
          legend="Goals to include"
          options={goals.map((g) => ({ key: g.id, label: g.title }))}
          picked={picked}
          onToggle={(id) => toggle(picked, id, setChosen)}
        />
        {attempts.length > 0 && (
          <Checkboxes
            legend="Self-assessment results to include"
            options={attempts.map((a) => ({
              key: a.id,
              label: `${a.title} (${formatTimestamp(a.completedAt, locale)})`,
            }))}
            picked={pickedResults}
            onToggle={(id) => toggle(pickedResults, id, setChosenResults)}
          />
        )}
        <DateField
          id="since"
          label="Show progress since (your last meeting)"
          value={since || null}
          onInput={(day) => setSince(day ?? '')}
        />
        <TextField
          id="questions"
          label="Questions for your mentor (one per line)"
          rows={4}
          value={questions}
          onInput={setQuestions}
        />
        <p class="actions">
          <button type="button" class="button" onClick={() => print()}>
            Print or save as PDF
          </button>
          <DownloadButton file={markdown}>Save as Markdown</DownloadButton>
        </p>
      </form>

      <article class="brief-sheet" aria-labelledby="brief-title">
        <h2 id="brief-title">Meeting brief, {date(today())}</h2>
        {since && <p class="muted">Progress since {date(since)}.</p>}
        {items.length > 0 && <h3>Goals</h3>}
        {items.map(({ goal, doneSince, logSince, nextSteps }) => {
          const { done, total } = progress(goal);
          return (
            <section key={goal.id} class="brief-goal" aria-label={goal.title}>
              <h4 dir="auto">{goal.title}</h4>
              <p class="small">
                {statusLabels[goal.status]} ·{' '}
                {pluralCount(
                  locale,
                  total,
                  { one: '{done} of {n} step done', other: '{done} of {n} steps done' },
                  { done },
                )}
                {goal.targetDate ? ` · target ${date(goal.targetDate)}` : ''}
                {goal.link ? ` · ${goal.link.name}` : ''}
              </p>
              <ul>
                {doneSince.map((t) => (
                  <li key={`d-${t}`}>
                    Done: <bdi>{t}</bdi>
                  </li>
                ))}
                {logSince.map((entry) => (
                  <li key={`l-${entry.date}-${entry.did}`}>
                    {date(entry.date)}: <bdi>{entry.did}</bdi>
                    {entry.learned && (
                      <>
                        {' '}
                        (learned: <bdi>{entry.learned}</bdi>)
                      </>
                    )}
                  </li>
                ))}
                {nextSteps.map((t) => (
                  <li key={`n-${t}`}>
                    Next: <bdi>{t}</bdi>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {results.length > 0 && (
          <>
            <h3>Self-assessment results</h3>
            <ul>
              {results.map((r) => (
                <li key={r.title}>
                  <strong>{r.title}</strong> ({formatTimestamp(r.completedAt, locale)}):{' '}
                  {r.highTitle}: {r.high.join(', ') || 'none stands out'}. {r.lowTitle}:{' '}
                  {r.low.join(', ') || 'none stands out'}.
                </li>
              ))}
            </ul>
          </>
        )}
        {questionList.length > 0 && (
          <>
            <h3>Questions for my mentor</h3>
            <ul>
              {questionList.map((q) => (
                <li key={q} dir="auto">
                  {q}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Notes</h3>
        <div class="notes-space" aria-hidden="true" />
      </article>
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(BriefApp);
