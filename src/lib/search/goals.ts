/**
 * Fuzzy search over goals, their steps and their log, with fuse.js: typo-tolerant, so
 * "resarch" finds "research". Loaded on the first search only, to keep the planner small.
 */
import type { Goal } from '../schemas/plan';
import { createFuzzySearch, fuzzyOptions, loadFuzzySearch, type FuzzySearch } from './fuzzy';

/** Fuse options: titles weigh most, then the SMART text, steps and log entries. */
export const goalSearchOptions = fuzzyOptions<Goal>(
  {
    title: 3,
    specific: 1,
    measurable: 0.5,
    'steps.text': 1.5,
    'log.did': 1,
    'log.learned': 1,
    whoCanHelp: 0.5,
  },
  0.4,
);

const goalId = (goal: Goal) => goal.id;

/** A search function over the given goals: query in, matching goal ids out (best first). */
export function createGoalSearch(goals: readonly Goal[]): Promise<FuzzySearch> {
  return createFuzzySearch(goals, goalSearchOptions, goalId);
}

/** Loads fuse.js once; the result indexes goals synchronously (see $goalIndex in plan-views). */
export function loadGoalSearch(): Promise<(goals: readonly Goal[]) => FuzzySearch> {
  return loadFuzzySearch(goalSearchOptions, goalId);
}
