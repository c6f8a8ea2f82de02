/**
 * All goals: new goal first (in reach without scrolling), links to the partnership tools, "Add
 * to calendar", search, the goals by status with progress and what is late (the goal, or only
 * a step), and the archive.
 */
import { useStore } from '@nanostores/preact';
import { pluralCount } from '~/i18n/plural';
import { formatNumber, formatShortDay } from '~/lib/format';
import type { GoalDue } from '~/lib/goals/summary';
import { progress, statusLabels } from '~/lib/goals/model';
import type { Urgency } from '~/lib/dates';
import type { Goal } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import {
  $archivedGoals,
  $goalCounts,
  $goalDue,
  $goalGroups,
  $goalMatches,
  $goalQuery,
  $goals,
  $today,
  $unsavedGoals,
  $urgency,
  setGoalQuery,
} from '~/lib/stores/plan-views';
import { downloadText } from '../download';
import NotSaved from '../ui/NotSaved';
import DueBadge from './DueBadge';
import ScreenHeading from './ScreenHeading';
import { phrases } from './phrases';

interface Props {
  /** False until the island runs: the list then shows nothing stored (as on the server). */
  hydrated: boolean;
  locale: string;
  toolLinks: { label: string; href: string }[];
  onNew: () => void;
  onOpen: (id: string) => void;
  onMessage: (message: string) => void;
}

export default function GoalList({ hydrated, locale, toolLinks, onNew, onOpen, onMessage }: Props) {
  const counts = useStore($goalCounts);
  const groups = useStore($goalGroups);
  const archived = useStore($archivedGoals);
  const matches = useStore($goalMatches);
  const query = useStore($goalQuery);
  const urgency = useStore($urgency);
  const due = useStore($goalDue);
  const n = (count: number) => formatNumber(count, locale);
  const any = hydrated && counts.all > 0;

  // The calendar writer loads on the first export: most visits never export.
  const exportIcs = () =>
    import('~/lib/goals/ics').then(
      ({ planEvents, toIcs }) => {
        const events = planEvents($goals.get());
        const name = `medmentor-plan-${$today.get()}.ics`;
        downloadText(name, toIcs(events, new Date()), 'text/calendar');
        onMessage(pluralCount(locale, events.length, phrases.icsSaved));
      },
      () => onMessage('The calendar file could not be made. Reload the page and try again.'),
    );

  return (
    <>
      <ScreenHeading hidden>All goals</ScreenHeading>
      <p class="actions">
        <button type="button" class="button" disabled={!hydrated} onClick={onNew}>
          New goal
        </button>
        {toolLinks.map((link) => (
          <a class="button button--quiet" href={link.href} key={link.href}>
            {link.label}
          </a>
        ))}
        <button
          type="button"
          class="button button--quiet"
          disabled={!any}
          aria-describedby="ics-hint"
          onClick={() => void exportIcs()}
        >
          Add to calendar
        </button>
      </p>
      <p id="ics-hint" class="small muted">
        Add to calendar downloads a calendar file with your goals' and steps' dates.
      </p>
      {any && (
        <div class="field">
          <label htmlFor="goal-search">Search goals, steps and notes</label>
          <input
            id="goal-search"
            type="search"
            value={query}
            onInput={(e) => void setGoalQuery(e.currentTarget.value)}
          />
        </div>
      )}
      <p role="status" class="muted">
        {hydrated &&
          counts.all === 0 &&
          'No goals yet. Start with a template, or from a growth area in your self-assessment results.'}
        {any && matches && pluralCount(locale, matches.length, phrases.found)}
        {any && !matches && dueLine(counts, locale)}
      </p>
      {hydrated &&
        groups.map(({ status, goals }) => (
          <section key={status} aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`}>
              {statusLabels[status]} ({n(goals.length)})
            </h2>
            <ul class="goal-list">
              {goals.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  urgency={urgency[goal.id] ?? 'none'}
                  due={due[goal.id] ?? { kind: 'none' }}
                  locale={locale}
                  onOpen={onOpen}
                />
              ))}
            </ul>
          </section>
        ))}
      {hydrated && archived.length > 0 && (
        <details class="archived">
          <summary>Archived goals ({n(archived.length)})</summary>
          <ul>
            {archived.map((goal) => (
              <li key={goal.id}>
                <bdi>{goal.title}</bdi>{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => actions.archive(goal.id, false)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** "1 goal overdue, 2 goals with steps overdue, 1 due within 14 days.", or nothing to say. */
function dueLine(
  counts: { goalOverdue: number; stepsOverdue: number; soon: number },
  locale: string,
): string {
  const parts = [
    counts.goalOverdue && pluralCount(locale, counts.goalOverdue, phrases.goalsOverdue),
    counts.stepsOverdue && pluralCount(locale, counts.stepsOverdue, phrases.goalsWithLateSteps),
    counts.soon && pluralCount(locale, counts.soon, phrases.goalsSoon),
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : '';
}

function GoalCard(props: {
  goal: Goal;
  urgency: Urgency;
  due: GoalDue;
  locale: string;
  onOpen: (id: string) => void;
}) {
  const { goal, urgency, due, locale } = props;
  const { done, total } = progress(goal);
  const steps = pluralCount(locale, total, phrases.stepsDone, { done });
  return (
    <li class={`goal-card goal-card--${urgency}`}>
      <button type="button" class="goal-open" dir="auto" onClick={() => props.onOpen(goal.id)}>
        {goal.title}
      </button>
      <NotSaved items={$unsavedGoals} id={goal.id} />
      <DueBadge due={due} locale={locale} />
      <p class="small muted">
        {steps}
        {goal.targetDate ? ` · target ${formatShortDay(goal.targetDate, locale)}` : ''}
        {goal.link ? ` · ${goal.link.name}` : ''}
      </p>
      {total > 0 && <progress max={total} value={done} aria-label={`${goal.title}: ${steps}`} />}
    </li>
  );
}
