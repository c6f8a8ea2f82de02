/**
 * What the home page shows a returning person, worked out on the device from their own data:
 * the self-assessments done (with each one's band summary), goals overdue and due soon, the next
 * meeting, follow-ups due, the last backup, and one suggested next step. `homeState` and
 * `nextStep` are pure (table-tested); `$homeState` recomputes only when a store changes, and
 * the island only renders. Imports stay narrow (no directory, no constellation, no results
 * code): the home page has a tool page's script budget.
 */
import { atom, computed, onMount } from 'nanostores';
import { pluralCount } from '../../i18n/plural';
import { bandLine, summarizeAttempt } from '../assessment/summary';
import type { Due } from '../checkins/due';
import { daysBetween, localDay, today as currentDay } from '../dates';
import { formatDay } from '../format';
import { goalUrgency } from '../goals/summary';
import { countFollowUps } from '../network/followups';
import type { AssessmentsState } from '../schemas/assessments';
import type { CheckIns } from '../schemas/checkins';
import type { Meta } from '../schemas/meta';
import type { Contact } from '../schemas/network';
import type { Agreement, Meeting } from '../schemas/partnership';
import type { Goal } from '../schemas/plan';
import { assessments, latestAttempts } from './assessments';
import { meta } from './meta';
import { plan } from './plan';
import { $storageStatus, backupDue } from './storage-views';
import { followWhenStored } from './when-stored';

/** The instrument whose results suggest a first goal. */
export const NEEDS_INSTRUMENT = 'mentoring-needs';

/** A meeting this many days ahead (or fewer) is "coming": time to prepare the brief. */
export const MEETING_SOON_DAYS = 7;

/** A completed self-assessment, as the home page lists it. */
export interface DoneItem {
  instrument: string;
  title: string;
  /** The calendar day it was completed, in the person's time zone. */
  day: string;
  /** The band summary, as the results page words it. */
  line: string;
  /** The areas in focus bands, most pressing first. */
  focus: { domain: string; name: string; band: string | null }[];
}

/** A goal with a date: its most pressing one (target date or an open step's due date). */
export interface GoalItem {
  id: string;
  title: string;
  due: string;
}

export interface HomeState {
  /** Whether anything of the person's is stored (else the page stays as for a first visit). */
  returning: boolean;
  /** The latest attempt of each self-assessment, in the order first taken. */
  done: DoneItem[];
  /** Goals not archived. */
  activeGoals: number;
  overdue: GoalItem[];
  /** Due from today to 14 days ahead (and none past). */
  soon: GoalItem[];
  /** The first meeting from today on. */
  nextMeeting: { date: string; agenda: string } | null;
  /** Follow-ups with people in the network: past their date, and due within 7 days. */
  followUps: { overdue: number; due: number };
  /** The last backup's calendar day (null: none yet), and whether one is due now. */
  backup: { day: string | null; due: boolean };
  /** Today ("2026-11-24"). */
  today: string;
}

export interface HomeInput {
  assessments: AssessmentsState;
  goals: readonly Goal[];
  meetings: readonly Meeting[];
  contacts: readonly Contact[];
  meta: Meta;
  /** Whether a backup reminder is due (storage-views' `backupDue`). */
  backupDue: boolean;
  today: string;
}

/** The most pressing open date of a goal: overdue ones first, then the soonest. */
function dueOf(goal: Goal): string {
  const dates = [goal.targetDate, ...goal.steps.filter((s) => !s.done).map((s) => s.due)];
  return dates.filter((d): d is string => !!d).sort()[0] ?? '';
}

export function homeState(input: HomeInput): HomeState {
  const { today } = input;
  const active = input.goals.filter((g) => !g.archived);
  const dated = (wanted: string) =>
    active
      .filter((g) => goalUrgency(g, today) === wanted)
      .map((g) => ({ id: g.id, title: g.title, due: dueOf(g) }))
      .sort((a, b) => a.due.localeCompare(b.due));
  const coming = input.meetings
    .filter((m) => m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const attempts = input.assessments.attempts;
  return {
    returning:
      attempts.length > 0 ||
      Object.keys(input.assessments.drafts).length > 0 ||
      input.goals.length > 0 ||
      input.meetings.length > 0 ||
      input.contacts.length > 0 ||
      input.meta.lastBackupAt !== null,
    done: latestAttempts(input.assessments).map((attempt) => {
      const summary = summarizeAttempt(attempt);
      return {
        instrument: attempt.instrument,
        title: attempt.title,
        day: localDay(attempt.completedAt),
        line: bandLine(summary),
        focus: summary.focus.map(({ domain, name }) => ({
          domain,
          name,
          band: attempt.results.find((r) => r.domain === domain)?.band ?? null,
        })),
      };
    }),
    activeGoals: active.length,
    overdue: dated('overdue'),
    soon: dated('soon'),
    nextMeeting: coming ? { date: coming.date, agenda: coming.agenda } : null,
    followUps: countFollowUps(input.contacts, today),
    backup: {
      day: input.meta.lastBackupAt ? localDay(input.meta.lastBackupAt) : null,
      due: input.backupDue,
    },
    today,
  };
}

/** Which switchable tools this build has (a school can turn them off). */
export interface ToolsOn {
  brief: boolean;
  meetings: boolean;
  network: boolean;
  /** The needs self-assessment is part of this build. */
  needs: boolean;
}

/** The one step the home page suggests. */
export type NextStep =
  | { kind: 'open-goal'; title: string }
  | { kind: 'prepare-brief'; date: string }
  | { kind: 'back-up' }
  | { kind: 'take-needs' }
  | { kind: 'goal-from-need'; domain: string; name: string; band: string | null }
  | { kind: 'follow-up'; count: number }
  | { kind: 'open-plan' };

/**
 * The most useful next step, in this order: a goal past its date; a meeting within a week
 * (prepare the brief); a backup that is due (before the browser may erase the data); the needs
 * self-assessment not taken yet; needs found but no goal yet (make one from the top need);
 * follow-ups due; otherwise, look over the plan.
 */
export function nextStep(state: HomeState, on: ToolsOn): NextStep {
  const late = state.overdue[0];
  if (late) return { kind: 'open-goal', title: late.title };
  const meeting = state.nextMeeting;
  if (on.brief && meeting && daysBetween(state.today, meeting.date) <= MEETING_SOON_DAYS) {
    return { kind: 'prepare-brief', date: meeting.date };
  }
  if (state.backup.due) return { kind: 'back-up' };
  const needs = state.done.find((d) => d.instrument === NEEDS_INSTRUMENT);
  if (on.needs && !needs) return { kind: 'take-needs' };
  const top = needs?.focus[0];
  if (top && state.activeGoals === 0) {
    return { kind: 'goal-from-need', domain: top.domain, name: top.name, band: top.band };
  }
  const followUps = state.followUps.overdue + state.followUps.due;
  if (on.network && followUps > 0) return { kind: 'follow-up', count: followUps };
  return { kind: 'open-plan' };
}

/**
 * The meeting log and the network, loaded only when this device has them stored: most people
 * who open the home page have neither, and the page has a tool page's script budget.
 */
const $meetingList = atom<readonly Meeting[]>([]);
const $contacts = atom<readonly Contact[]>([]);

followWhenStored($meetingList, 'meetings', () =>
  import('./partnership').then((m) => computed(m.meetings.$value, (value) => value.meetings)),
);
followWhenStored($contacts, 'network', () =>
  import('./network').then((m) => computed(m.network.$value, (value) => value.contacts)),
);

/** The agreement and the check-ins, for "time for a check-in", loaded the same way. */
const $agreementTerms = atom<Agreement>({ version: 1, fields: {}, updatedAt: null });
const $checkInState = atom<CheckIns>({
  version: 1,
  checkIns: [],
  snoozedUntil: null,
  dismissedOn: null,
});
followWhenStored($agreementTerms, 'agreement', () =>
  import('./partnership').then((m) => m.agreement.$value),
);
followWhenStored($checkInState, 'checkins', () =>
  import('./rarely-filled').then((m) => m.checkIns.$value),
);

/**
 * Whether a mentorship check-in is due (src/lib/checkins/due.ts): one month after a mentor was
 * added to My network or the agreement started, then every two months. The due rule loads only
 * once there is a mentorship (nothing to work out on a first visit).
 */
export const $homeCheckIn = atom<Due>({ due: false, dueOn: null });
const $checkInSources = computed(
  [$checkInState, $contacts, $agreementTerms, $meetingList],
  (state, contacts, terms, log) => ({ state, contacts, terms, log }),
);
onMount($homeCheckIn, () => {
  let latest = 0;
  const stop = $checkInSources.subscribe(({ state, contacts, terms, log }) => {
    const asked = ++latest;
    const none =
      contacts.length === 0 &&
      log.length === 0 &&
      !Object.values(terms.fields).some((text) => text.trim());
    if (none) {
      $homeCheckIn.set({ due: false, dueOn: null });
      return;
    }
    void import('../checkins/starts').then((m) => {
      // Only the answer to the latest change counts (and none after the page stops watching).
      if (asked === latest)
        $homeCheckIn.set(m.checkInDueFrom(state, contacts, terms, log, currentDay()));
    });
  });
  return () => {
    latest = -1;
    stop();
  };
});

/** The home page's state, worked out again only when one of the stores it reads changes. */
export const $homeState = computed(
  [assessments.$value, plan.$value, $meetingList, $contacts, meta.$value, $storageStatus],
  (answers, saved, log, contacts, info, status): HomeState =>
    homeState({
      assessments: answers,
      goals: saved.goals,
      meetings: log,
      contacts,
      meta: info,
      backupDue: backupDue(status, info),
      // Not plan-views' $today: that module brings the planner's search into the home page.
      today: currentDay(),
    }),
);

/** Where each step leads: the pages of this build (null: not built). */
export interface HomeLinks {
  plan: string;
  /** The mentorship check-in (/check-in/). */
  checkIn?: string;
  myData: string;
  brief: string | null;
  needs: string | null;
  network: string | null;
  /**
   * "Make this a goal" for each area and band of the needs self-assessment, keyed
   * `${domain} ${band}` (made on the server with assessment-views' goalHref, so the home page
   * loads no results code).
   */
  goalFromNeed: Record<string, string>;
}

/** The step in words, and the one tap that takes it. */
export function stepLink(
  step: NextStep,
  links: HomeLinks,
  locale: string,
): { text: string; href: string } {
  switch (step.kind) {
    case 'open-goal':
      return { text: `Open your goal "${step.title}": its date has passed`, href: links.plan };
    case 'prepare-brief':
      return {
        text: `Prepare a brief for your meeting on ${formatDay(step.date, locale)}`,
        href: links.brief ?? links.plan,
      };
    case 'back-up':
      return {
        text: 'Back up your data: it is kept only in this browser',
        href: links.myData,
      };
    case 'take-needs':
      return {
        text: 'See what you need from a mentor: take the needs self-assessment',
        href: links.needs ?? links.plan,
      };
    case 'goal-from-need':
      return {
        text: `Make a goal from your top need: ${step.name}`,
        href: links.goalFromNeed[`${step.domain} ${step.band ?? ''}`] ?? links.plan,
      };
    case 'follow-up':
      return {
        text: pluralCount(locale, step.count, {
          one: 'Follow up with the person you planned to',
          other: 'Follow up with the {n} people you planned to',
        }),
        href: links.network ?? links.plan,
      };
    case 'open-plan':
      return { text: 'Look over your plan and choose what to do next', href: links.plan };
  }
}
