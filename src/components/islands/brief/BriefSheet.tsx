/** The printable meeting brief: who it is from and for, the goals, results and questions. */
import { pluralCount } from '~/i18n/plural';
import { resultLine, type BriefGoal, type BriefResults } from '~/lib/goals/brief';
import { progress, statusLabels } from '~/lib/goals/model';
import { today } from '~/lib/dates';
import { formatDay, formatTimestamp } from '~/lib/format';

interface Props {
  locale: string;
  since: string;
  goals: BriefGoal[];
  results: BriefResults[];
  questions: string[];
  questionsTitle: string;
  from: string | null;
  mentor: string | null;
}

export default function BriefSheet(props: Props) {
  const { locale, since, goals, results, questions } = props;
  const date = (day: string) => formatDay(day, locale);
  return (
    <article class="brief-sheet" aria-labelledby="brief-title">
      <h2 id="brief-title">Meeting brief, {date(today())}</h2>
      {(props.from || props.mentor) && (
        <p>
          {props.from && (
            <>
              From <bdi>{props.from}</bdi>.{' '}
            </>
          )}
          {props.mentor && (
            <>
              For <bdi>{props.mentor}</bdi>.
            </>
          )}
        </p>
      )}
      {since && <p class="muted">Progress since {date(since)}.</p>}
      {goals.length > 0 && <h3>Goals</h3>}
      {goals.map(({ goal, doneSince, logSince, nextSteps }) => {
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
                {resultLine(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      {questions.length > 0 && (
        <>
          <h3 dir="auto">{props.questionsTitle}</h3>
          <ul>
            {questions.map((q, i) => (
              <li key={i} dir="auto">
                {q}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Notes</h3>
      <div class="notes-space" aria-hidden="true" />
    </article>
  );
}
