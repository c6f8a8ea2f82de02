/**
 * What the check-in page shows: whether a check-in is due (and from when), and the
 * relationships a check-in can be about (the mentors in My network, and the mentoring agreement
 * with its meeting log). Names stay on this device; a check-in stores only the mentor's id.
 */
import { computed } from 'nanostores';
import { checkInDueFrom } from '../checkins/starts';
import { today } from '../dates';
import { AGREEMENT_RELATIONSHIP } from '../checkins/due';
import { checkIns } from './checkins';
import { network } from './network';
import { agreement, meetings } from './partnership';

export const $checkInDue = computed(
  [checkIns.$value, network.$value, agreement.$value, meetings.$value],
  (state, people, terms, log) =>
    checkInDueFrom(state, people.contacts, terms, log.meetings, today()),
);

/** The relationships to choose from: the agreement first, then each mentor by name. */
export const $relationshipChoices = computed(network.$value, (people) => [
  { id: AGREEMENT_RELATIONSHIP, label: 'The mentorship in my agreement and meeting log' },
  ...people.contacts
    .filter((c) => c.group === 'mentor')
    .map((c) => ({ id: c.id, label: `My mentor ${c.name}` })),
]);

/** Words for the relationship a check-in was about (a mentor since removed: "A past mentor"). */
export const $relationshipNames = computed($relationshipChoices, (choices) => {
  const names = new Map(choices.map((c) => [c.id, c.label]));
  return (id: string) => names.get(id) ?? 'A mentor no longer in My network';
});
