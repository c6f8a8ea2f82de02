/**
 * Fuzzy search over goals, their steps and their log, with fuse.js: typo-tolerant, so
 * "resarch" finds "research". Loaded on the first search only, to keep the planner small.
 */
import type { Goal } from '../schemas/plan';
import { createFuzzySearch, loadFuzzySearch, type FuzzySearch } from './fuzzy';

/** Fuse options: titles weigh most, then the SMART text, steps and log entries. */
export const goalSearchOptions = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'specific', weight: 1 },
    { name: 'measurable', weight: 0.5 },
    { name: 'steps.text', weight: 1.5 },
    { name: 'log.did', weight: 1 },
    { name: 'log.learned', weight: 1 },
    { name: 'whoCanHelp', weight: 0.5 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  minMatchCharLength: 2,
};

const goalId = (goal: Goal) => goal.id;

/** A search function over the given goals: query in, matching goal ids out (best first). */
export function createGoalSearch(goals: readonly Goal[]): Promise<FuzzySearch> {
  return createFuzzySearch(goals, goalSearchOptions, goalId);
}

/** Loads fuse.js once; the result indexes goals synchronously (see $goalIndex in plan-views). */
export function loadGoalSearch(): Promise<(goals: readonly Goal[]) => FuzzySearch> {
  return loadFuzzySearch(goalSearchOptions, goalId);
}
