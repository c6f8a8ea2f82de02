/**
 * What the planner shows, derived from the plan: active and archived goals, counts, overdue and
 * due-soon lists, and search. Computed stores, so each is worked out once per change of what it
 * depends on (the plan, today's date, the query), never on every render or keystroke; the
 * planner's islands only read them.
 */
import { atom, computed, map, onMount } from 'nanostores';
import { today, type Urgency } from '../dates';
import type { GoalDetails } from '../goals/model';
import { goalDue, goalUrgency, type GoalDue } from '../goals/summary';
import type { Goal, GoalStatus } from '../schemas/plan';
import type { FuzzySearch } from '../search/fuzzy';
import { loadGoalSearch } from '../search/goals';
import { plan } from './plan';
import { unsavedItems } from './unsaved-views';

/** Today in the person's time zone ("2026-11-24"): what "overdue" and "due soon" count from. */
export const $today = atom(today());

// A tab left open overnight: check the date again whenever the page is shown.
onMount($today, () => {
  if (typeof document === 'undefined') return;
  const page = document;
  const check = () => $today.set(today());
  page.addEventListener('visibilitychange', check);
  return () => page.removeEventListener('visibilitychange', check);
});

/** Every goal, in the person's order. */
export const $goals = computed(plan.$value, (value) => value.goals);

/** Goals not archived: the ones the list, counts, due dates and search are about. */
export const $activeGoals = computed($goals, (goals) => goals.filter((g) => !g.archived));

/** Archived goals, to restore. */
export const $archivedGoals = computed($goals, (goals) => goals.filter((g) => g.archived));

/** How urgent each active goal is, by id: its target date and open steps, from today. */
export const $urgency = computed([$activeGoals, $today], (goals, day): Record<string, Urgency> =>
  Object.fromEntries(goals.map((g) => [g.id, goalUrgency(g, day)])),
);

/**
 * What is late in each active goal, by id: the goal itself, or only some steps (how many), so the
 * list and the goal say "Goal overdue" or "1 step overdue", never one for the other.
 */
export const $goalDue = computed([$activeGoals, $today], (goals, day): Record<string, GoalDue> =>
  Object.fromEntries(goals.map((g) => [g.id, goalDue(g, day)])),
);

/** Active goals with a date already past (not done). */
export const $overdueGoals = computed([$activeGoals, $urgency], (goals, urgency) =>
  goals.filter((g) => urgency[g.id] === 'overdue'),
);

/** Active goals with a date from today to 14 days ahead, and none past. */
export const $dueSoonGoals = computed([$activeGoals, $urgency], (goals, urgency) =>
  goals.filter((g) => urgency[g.id] === 'soon'),
);

/**
 * The numbers the planner shows. `overdue` and `soon` count goals by their most urgent date;
 * of the overdue ones, `goalOverdue` are past their target date and `stepsOverdue` only have
 * late steps.
 */
export const $goalCounts = computed(
  [$goals, $activeGoals, $archivedGoals, $overdueGoals, $dueSoonGoals, $goalDue],
  (all, active, archived, overdue, soon, due) => {
    const kinds = Object.values(due).map((d) => d.kind);
    return {
      all: all.length,
      active: active.length,
      archived: archived.length,
      overdue: overdue.length,
      soon: soon.length,
      goalOverdue: kinds.filter((k) => k === 'goal-overdue').length,
      stepsOverdue: kinds.filter((k) => k === 'steps-overdue').length,
    };
  },
);

/* ---------- Search ---------- */

/** What the person typed into the goal search. */
export const $goalQuery = atom('');

/** Indexes goals, once fuse.js has loaded (on the first search, to keep the planner small). */
const $indexer = atom<((goals: readonly Goal[]) => FuzzySearch) | null>(null);
let loading: Promise<void> | undefined;

/** The search index over the active goals: built once per change of the plan. */
export const $goalIndex = computed([$activeGoals, $indexer], (goals, index) =>
  index ? index(goals) : null,
);

/**
 * Ids of the active goals matching the query, best first; null with a blank query, or while
 * the search is still loading (the list then shows every goal).
 */
export const $goalMatches = computed([$goalIndex, $goalQuery], (search, query) =>
  search && query.trim() ? search(query) : null,
);

/** The active goals to list: the matches, best first, or all of them. */
export const $visibleGoals = computed([$activeGoals, $goalMatches], (goals, ids) => {
  if (!ids) return goals;
  const byId = new Map(goals.map((g) => [g.id, g]));
  return ids.map((id) => byId.get(id)).filter((g): g is Goal => g !== undefined);
});

/** The order of the list's groups: what is under way first, what is done last. */
export const groupOrder: readonly GoalStatus[] = ['in-progress', 'not-started', 'paused', 'done'];

/** The listed goals by status, in `groupOrder`, without empty groups. */
export const $goalGroups = computed($visibleGoals, (goals) =>
  groupOrder
    .map((status) => ({ status, goals: goals.filter((g) => g.status === status) }))
    .filter((group) => group.goals.length > 0),
);

/**
 * Sets the search query. The first one that is not blank loads fuse.js; the returned promise
 * settles once the search can answer. If loading fails (offline before it was cached), the
 * next query tries again.
 */
export function setGoalQuery(query: string): Promise<void> {
  $goalQuery.set(query);
  if (query.trim() && !loading) {
    loading = loadGoalSearch().then(
      (index) => $indexer.set(index),
      () => {
        loading = undefined;
      },
    );
  }
  return loading ?? Promise.resolve();
}

/** Goals on screen that are not saved yet (storage refused the write). */
export const $unsavedGoals = unsavedItems(plan, 'goals');

/* ---------- Details typed but not saved ---------- */

/** A details form's typing: the goal's details when editing began, and what is typed now. */
export interface DetailsDraft {
  start: GoalDetails;
  draft: GoalDetails;
}

/**
 * Typing in a goal's details form not saved yet, by goal id. Kept here, not in the form, so
 * leaving the form with the browser's Back loses nothing: the goal says so, and Edit (or Forward)
 * brings the typing back. Save and Cancel clear it. In memory only, like every field's draft.
 */
export const $detailsDrafts = map<Record<string, DetailsDraft | undefined>>({});

/** Keeps (or, with null, drops) a goal's details typing. */
export function keepDetailsDraft(id: string, draft: DetailsDraft | null): void {
  $detailsDrafts.setKey(id, draft ?? undefined);
}
