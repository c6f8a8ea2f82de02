/**
 * "Your mentoring" on the home page, for a returning person: their self-assessments, goals,
 * next meeting, follow-ups and last backup, each one tap from its tool, and one suggested next
 * step. Renders nothing on the server and on a first visit (the page's three ways in stay), so
 * the server HTML is the same for everyone. The logic is in ~/lib/stores/home-views.
 */
import { useStore } from '@nanostores/preact';
import { pluralCount } from '~/i18n/plural';
import { formatShortDay } from '~/lib/format';
import {
  $homeCheckIn,
  $homeState,
  nextStep,
  stepLink,
  type GoalItem,
  type HomeLinks,
  type ToolsOn,
} from '~/lib/stores/home-views';
import { useLoaded } from './ui/useLoaded';
import { useHydrated } from './useHydrated';

interface Props {
  locale: string;
  /** The pages of this build each item leads to (null: not built). */
  links: HomeLinks & {
    assessments: string;
    meetings: string | null;
    /** The person's other tools this build has (brief, agreement, directory). */
    more: { label: string; href: string }[];
  };
  /** Results page of each self-assessment in this build, by instrument id. */
  results: Record<string, string>;
  on: ToolsOn;
}

export default function HomeState({ locale, links, results, on }: Props) {
  const hydrated = useHydrated();
  const state = useStore($homeState);
  const checkIn = useStore($homeCheckIn);
  // The offer's code loads only once a check-in is due; it stays to say what was done.
  const CheckInDue = useLoaded(
    checkIn.due,
    () => import('./home/CheckInDue'),
    () => undefined,
  );
  if (!hydrated || (!state.returning && !checkIn.due)) return null;

  const day = (date: string) => <time dateTime={date}>{formatShortDay(date, locale)}</time>;
  const step = stepLink(nextStep(state, on), links, locale);
  const goals = (items: GoalItem[], label: string) =>
    items.length > 0 && (
      <li>
        {label}:{' '}
        {items.map((g, i) => (
          <span key={g.id}>
            {i > 0 && ', '}
            {g.title} ({day(g.due)})
          </span>
        ))}
      </li>
    );
  const followUps = state.followUps.overdue + state.followUps.due;

  return (
    <section class="container home-state" aria-labelledby="home-state-title">
      <h2 id="home-state-title">Your mentoring</h2>
      {CheckInDue && links.checkIn && <CheckInDue due={checkIn.due} href={links.checkIn} />}
      <p class="next-step">
        <span class="next-step-label">Suggested next step</span>
        <a href={step.href}>{step.text}</a>
      </p>
      <ul class="grid home-state-grid">
        <li class="card">
          <h3>
            <a href={links.assessments}>Self-assessments</a>
          </h3>
          {state.done.length === 0 ? (
            <p>None done yet.</p>
          ) : (
            <ul class="plain">
              {state.done.map((d) => (
                <li key={d.instrument}>
                  {results[d.instrument] ? <a href={results[d.instrument]}>{d.title}</a> : d.title},
                  done {day(d.day)}
                  <span class="small muted band-line">{d.line}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li class="card">
          <h3>
            <a href={links.plan}>Goals</a>
          </h3>
          {state.overdue.length + state.soon.length === 0 ? (
            <p>
              {pluralCount(locale, state.activeGoals, {
                one: '{n} goal, none due in the next two weeks.',
                other: '{n} goals, none due in the next two weeks.',
              })}
            </p>
          ) : (
            <ul class="plain">
              {goals(state.overdue, 'Overdue')}
              {goals(state.soon, 'Due soon')}
            </ul>
          )}
        </li>
        {on.meetings && links.meetings && (
          <li class="card">
            <h3>
              <a href={links.meetings}>Meetings</a>
            </h3>
            <p>
              {state.nextMeeting ? (
                <>Next meeting: {day(state.nextMeeting.date)}</>
              ) : (
                'No meeting planned.'
              )}
            </p>
          </li>
        )}
        {on.network && links.network && (
          <li class="card">
            <h3>
              <a href={links.network}>Follow-ups</a>
            </h3>
            <p>
              {followUps === 0
                ? 'None due this week.'
                : `${pluralCount(locale, followUps, {
                    one: '{n} follow-up due',
                    other: '{n} follow-ups due',
                  })}${state.followUps.overdue ? ` (${state.followUps.overdue} overdue)` : ''}.`}
            </p>
          </li>
        )}
        {links.more.length > 0 && (
          <li class="card">
            <h3>More of your tools</h3>
            <ul class="plain">
              {links.more.map((tool) => (
                <li key={tool.href}>
                  <a href={tool.href}>{tool.label}</a>
                </li>
              ))}
            </ul>
          </li>
        )}
        <li class="card">
          <h3>
            <a href={links.myData}>Backup</a>
          </h3>
          <p>
            {state.backup.day ? <>Last backup: {day(state.backup.day)}</> : 'No backup yet.'}
            {state.backup.due && ' Time for a new one.'}
          </p>
        </li>
      </ul>
    </section>
  );
}
