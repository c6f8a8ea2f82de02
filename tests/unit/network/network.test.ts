import { describe, expect, test } from 'vitest';
import {
  LABEL_RADIUS,
  layoutConstellation,
  MAX_PER_GROUP,
  SIZE,
} from '~/lib/network/constellation';
import {
  countFollowUps,
  followUpEvents,
  followUpStatus,
  upcomingFollowUps,
} from '~/lib/network/followups';
import { missingGroups } from '~/lib/network/groups';
import { contactGroups, type Contact, type ContactGroup } from '~/lib/schemas/network';

const stamp = '2026-11-01T00:00:00.000Z';
function person(id: string, group: ContactGroup, nextFollowUp: string | null = null): Contact {
  return {
    id,
    name: id,
    role: `Role of ${id}`,
    group,
    howWeKnow: '',
    howTheyHelp: `Help from ${id}`,
    howIHelp: '',
    lastContact: null,
    nextFollowUp,
    notes: 'private note',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

describe('followUpStatus', () => {
  test.each([
    [null, 'none'],
    ['2026-11-23', 'overdue'],
    ['2026-11-24', 'due'],
    ['2026-12-01', 'due'],
    ['2026-12-02', 'later'],
  ])('follow-up %s on 2026-11-24 is %s', (date, expected) => {
    expect(followUpStatus(person('a', 'peer', date), '2026-11-24')).toBe(expected);
  });
});

test('follow-ups: soonest first, counted, exported without private notes', () => {
  const people = [
    person('Zoe', 'mentor', '2026-12-20'),
    person('Ann', 'peer', '2026-11-20'),
    person('Bo', 'sponsor', '2026-11-25'),
    person('Cy', 'other'),
  ];
  expect(upcomingFollowUps(people).map((c) => c.name)).toEqual(['Ann', 'Bo', 'Zoe']);
  expect(countFollowUps(people, '2026-11-24')).toEqual({ overdue: 1, due: 1 });
  const events = followUpEvents(people);
  expect(events.map((e) => [e.key, e.date, e.summary])).toEqual([
    ['followup-Ann', '2026-11-20', 'Follow up with Ann'],
    ['followup-Bo', '2026-11-25', 'Follow up with Bo'],
    ['followup-Zoe', '2026-12-20', 'Follow up with Zoe'],
  ]);
  expect(events[0]?.description).toBe('Role of Ann\nHow they help: Help from Ann');
  expect(JSON.stringify(events)).not.toContain('private note');
});

test('missingGroups names the empty places in constellation order', () => {
  expect(missingGroups([])).toEqual([...contactGroups]);
  expect(missingGroups([person('a', 'peer'), person('b', 'mentor')])).toEqual([
    'sponsor',
    'near-peer',
    'role-model',
    'other',
  ]);
});

describe('layoutConstellation', () => {
  test('one sector per group; everyone drawn inside the picture', () => {
    const people = ['mentor', 'mentor', 'sponsor', 'peer'].map((g, i) =>
      person(`p${i}`, g as ContactGroup),
    );
    const sectors = layoutConstellation(people);
    expect(sectors.map((s) => [s.group, s.people.length, s.more])).toEqual([
      ['mentor', 2, 0],
      ['sponsor', 1, 0],
      ['peer', 1, 0],
      ['near-peer', 0, 0],
      ['role-model', 0, 0],
      ['other', 0, 0],
    ]);
    for (const p of sectors.flatMap((s) => s.people)) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(SIZE);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(SIZE);
    }
    // The first sector is at the top; every label is centred on its point, inside the picture.
    expect(sectors[0]?.label).toEqual({
      x: SIZE / 2,
      y: SIZE / 2 - LABEL_RADIUS,
      anchor: 'middle',
    });
    for (const { label } of sectors) {
      expect(label.x - 60).toBeGreaterThan(0);
      expect(label.x + 60).toBeLessThan(SIZE);
    }
  });

  test('a crowded group shows its first people and "+N more"', () => {
    const people = Array.from({ length: 9 }, (_, i) => person(`m${i}`, 'mentor'));
    const [mentors] = layoutConstellation(people);
    expect(mentors?.people).toHaveLength(MAX_PER_GROUP - 1);
    expect(mentors?.more).toBe(9 - (MAX_PER_GROUP - 1));
    expect(mentors?.morePoint).not.toBeNull();
  });
});
