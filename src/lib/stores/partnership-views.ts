/**
 * What the meeting log shows besides the meetings: the goals an action item can become a step
 * of (neither archived nor done).
 */
import { computed } from 'nanostores';
import type { Plan } from '../schemas/plan';
import { meetings } from './partnership';
import { plan } from './plan';
import { unsavedItems } from './unsaved-views';

/** Goals still open: not archived, not done. */
export function openGoals(value: Plan): Plan['goals'] {
  return value.goals.filter((g) => !g.archived && g.status !== 'done');
}

export const $openGoals = computed(plan.$value, openGoals);

/** Meetings on screen that are not saved yet (storage refused the write). */
export const $unsavedMeetings = unsavedItems(meetings, 'meetings');
