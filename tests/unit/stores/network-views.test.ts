/**
 * What My network shows, from the stored contacts: follow-ups in date order with their status
 * and counts, everyone by place, the diagram's text alternative, the missing places, the contact
 * form's starting values and the calendar file.
 */
import { describe, expect, test } from 'vitest';
import { missingPrompts } from '~/lib/network/groups';
import type { Contact, ContactGroup } from '~/lib/schemas/network';
import { networkActions } from '~/lib/stores/network-actions';
import {
  $networkView,
  blankContact,
  contactInput,
  followUpsFile,
  networkView,
} from '~/lib/stores/network-views';
import { useFreshStores } from '../../support/stores';

useFreshStores();

const stamp = '2026-11-01T00:00:00.000Z';
const TODAY = '2026-11-24';
function person(name: string, group: ContactGroup, nextFollowUp: string | null = null): Contact {
  return {
    ...blankContact,
    id: name.toLowerCase(),
    name,
    group,
    nextFollowUp,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const people = [
  person('Zoe', 'mentor', '2026-12-20'),
  person('Ann', 'peer', '2026-11-20'),
  person('Bo', 'sponsor', '2026-11-25'),
  person('Cy', 'mentor'),
  person('Al', 'mentor', '2026-11-24'),
];

describe('networkView', () => {
  const view = networkView(people, TODAY);

  test('follow-ups: soonest first, each with its status, nobody without a date', () => {
    expect(view.followUps.map((r) => [r.contact.name, r.status])).toEqual([
      ['Ann', 'overdue'],
      ['Al', 'due'],
      ['Bo', 'due'],
      ['Zoe', 'later'],
    ]);
    expect([view.overdue, view.due, view.count]).toEqual([1, 2, 5]);
  });

  test('every place in constellation order, people sorted by name, empty places kept', () => {
    expect(view.groups.map((g) => [g.label, g.people.map((r) => r.contact.name)])).toEqual([
      ['Mentors', ['Al', 'Cy', 'Zoe']],
      ['Sponsors', ['Bo']],
      ['Peers', ['Ann']],
      ['Near-peers', []],
      ['Role models', []],
      ['Others', []],
    ]);
    expect(view.groups[0]?.people.map((r) => r.status)).toEqual(['due', 'none', 'later']);
  });

  test('the diagram says how many people each place has', () => {
    expect(view.summary).toBe(
      'Your network at a glance: Mentors 3, Sponsors 1, Peers 1, Near-peers 0, Role models 0, Others 0. The table below lists everyone.',
    );
  });

  test.each([
    ['nobody yet: every place is missing', [], 6],
    ['a mentor and a peer: four places missing', [person('A', 'mentor'), person('B', 'peer')], 4],
  ])('%s', (_, contacts, missing) => {
    expect(networkView(contacts, TODAY).missing).toHaveLength(missing);
  });

  test('the missing places are prompted in constellation order', () => {
    expect(view.missing).toEqual([
      missingPrompts['near-peer'],
      missingPrompts['role-model'],
      missingPrompts.other,
    ]);
  });
});

describe('$networkView', () => {
  test('follows the stored network as people are added, edited and removed', () => {
    const seen: number[] = [];
    const stop = $networkView.subscribe((v) => seen.push(v.count));
    const id = networkActions.add({ ...blankContact, name: 'Rosa', group: 'sponsor' });
    expect($networkView.get().groups[1]?.people.map((r) => r.contact.name)).toEqual(['Rosa']);
    networkActions.update(id ?? '', { ...blankContact, name: 'Rosa Diaz', group: 'peer' });
    expect($networkView.get().groups[2]?.people.map((r) => r.contact.name)).toEqual(['Rosa Diaz']);
    networkActions.remove(id ?? '');
    stop();
    expect(seen).toEqual([0, 1, 1, 0]);
  });
});

describe('the contact form', () => {
  test('editing starts from the stored contact, without its id or dates', () => {
    const contact = { ...person('Kim', 'near-peer', '2026-12-01'), role: 'Resident' };
    const input = contactInput(contact);
    expect(input).toEqual({
      ...blankContact,
      name: 'Kim',
      group: 'near-peer',
      role: 'Resident',
      nextFollowUp: '2026-12-01',
    });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('createdAt');
  });
});

describe('followUpsFile', () => {
  test('an all-day event per follow-up, in a file named with the date', () => {
    const file = followUpsFile(people, new Date(2026, 10, 24, 9));
    expect(file.name).toBe('medmentor-follow-ups-2026-11-24.ics');
    expect(file.type).toBe('text/calendar');
    expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(file.text).toContain('SUMMARY:Follow up with Ann');
    expect(file.text).not.toContain('Cy');
  });
});
