/**
 * My network through the actions its island calls (add, edit, log a contact, remove with undo),
 * the interests the directory remembers, and how both show in My data, imports and sharing.
 */
import { describe, expect, test } from 'vitest';
import type { Network } from '~/lib/schemas/network';
import { $unsaved } from '~/lib/storage/runtime';
import { meta } from '~/lib/stores/meta';
import {
  matching,
  matchingDefinition,
  network,
  networkDefinition,
  setInterests,
} from '~/lib/stores/network';
import { networkActions, type ContactInput } from '~/lib/stores/network-actions';
import { contact } from '../../support/records';
import { stored, useFreshStores } from '../../support/stores';
import { firstShareOption } from '../../support/share';
import { networkShare } from '~/lib/stores/network-share';

const { storage } = useFreshStores();
const now = new Date('2026-11-24T10:00:00.000Z');
const later = new Date('2026-11-25T09:00:00.000Z');

const input = (over: Partial<ContactInput> = {}): ContactInput => ({
  name: 'Dr. Rivera',
  role: 'Attending, pediatrics',
  group: 'mentor',
  howWeKnow: 'Clerkship',
  howTheyHelp: 'Career advice',
  howIHelp: 'Research help',
  lastContact: null,
  nextFollowUp: null,
  notes: 'Likes early mornings',
  ...over,
});
const people = () => network.read().contacts;
const seed = (...contacts: Network['contacts']) => network.replace({ version: 1, contacts });

describe('adding a person', () => {
  test('saves them with their own id and the time, and returns the id', () => {
    const id = networkActions.add(input(), now);
    expect(id).toEqual(expect.any(String));
    expect(people()).toEqual([
      {
        ...input(),
        id,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
    ]);
    expect(stored(storage(), 'network')).toEqual(network.read());
    expect(meta.read().changesSinceBackup).toBe(1);
  });

  test.each<[string, Partial<ContactInput>, Partial<ContactInput>]>([
    [
      'name and role are trimmed',
      { name: '  Sam  ', role: ' Peer ' },
      { name: 'Sam', role: 'Peer' },
    ],
    [
      'an empty date means no date',
      { lastContact: '', nextFollowUp: '' },
      { lastContact: null, nextFollowUp: null },
    ],
    [
      'text over the limits is cut to fit',
      {
        name: 'n'.repeat(130),
        role: 'r'.repeat(210),
        howWeKnow: 'k'.repeat(1100),
        howTheyHelp: 't'.repeat(2100),
        howIHelp: 'i'.repeat(2100),
        notes: 'x'.repeat(5100),
      },
      {
        name: 'n'.repeat(120),
        role: 'r'.repeat(200),
        howWeKnow: 'k'.repeat(1000),
        howTheyHelp: 't'.repeat(2000),
        howIHelp: 'i'.repeat(2000),
        notes: 'x'.repeat(5000),
      },
    ],
  ])('%s', (_name, typed, saved) => {
    networkActions.add(input(typed), now);
    expect(people()[0]).toMatchObject(saved);
  });

  test.each(['', '   '])('a blank name (%j) is refused and nothing is saved', (name) => {
    expect(networkActions.add(input({ name }), now)).toBeNull();
    expect(people()).toEqual([]);
    expect(stored(storage(), 'network')).toBeNull();
  });

  test('a full storage: the person is not saved, says so, and stays on screen as unsaved', () => {
    storage().quota = 50;
    expect(networkActions.add(input(), now)).toBeNull();
    expect(storage().getItem('medmentor:network')).toBeNull();
    expect(people().map((c) => c.name)).toEqual(['Dr. Rivera']);
    expect($unsaved.get()).toEqual(['network']);
  });
});

describe('editing a person', () => {
  test('saves the new details and the time; others stay as they were', () => {
    seed(contact('c1', 'Dr. Rivera'), contact('c2', 'Sam'));
    expect(
      networkActions.update('c1', input({ name: ' Dr. A. Rivera ', group: 'sponsor' }), later),
    ).toBe(true);
    expect(people()[0]).toMatchObject({
      id: 'c1',
      name: 'Dr. A. Rivera',
      group: 'sponsor',
      createdAt: contact('c1', '').createdAt,
      updatedAt: later.toISOString(),
    });
    expect(people()[1]).toEqual(contact('c2', 'Sam'));
  });

  test('a blank name is refused', () => {
    seed(contact('c1', 'Dr. Rivera'));
    expect(networkActions.update('c1', input({ name: ' ' }), later)).toBe(false);
    expect(people()[0]?.name).toBe('Dr. Rivera');
  });

  test('logging a contact records the date and the next follow-up, or clears it', () => {
    seed(contact('c1', 'Dr. Rivera', { nextFollowUp: '2026-11-20' }), contact('c2', 'Sam'));
    expect(networkActions.logContact('c1', '2026-11-24', '2026-12-24', later)).toBe(true);
    expect(people()[0]).toMatchObject({
      lastContact: '2026-11-24',
      nextFollowUp: '2026-12-24',
      updatedAt: later.toISOString(),
    });
    networkActions.logContact('c1', '2026-12-24', null, later);
    expect(people()[0]).toMatchObject({ lastContact: '2026-12-24', nextFollowUp: null });
    expect(people()[1]).toEqual(contact('c2', 'Sam'));
  });
});

describe('removing a person', () => {
  const three = () => seed(contact('a', 'Ana'), contact('b', 'Ben'), contact('c', 'Cy'));
  const names = () => people().map((c) => c.name);

  test('removes them at once; undo puts them back in their place, unchanged', () => {
    three();
    const undo = networkActions.remove('b');
    expect(names()).toEqual(['Ana', 'Cy']);
    expect(undo?.()).toBe(true);
    expect(people()).toEqual([contact('a', 'Ana'), contact('b', 'Ben'), contact('c', 'Cy')]);
  });

  test('undo adds no second copy when the person came back another way', () => {
    three();
    const undo = networkActions.remove('a');
    seed(contact('a', 'Ana'), contact('c', 'Cy'));
    expect(undo?.()).toBe(true);
    expect(names()).toEqual(['Ana', 'Cy']);
  });

  test('removing someone who is not there offers no undo', () => {
    three();
    expect(networkActions.remove('nobody')).toBeNull();
    expect(names()).toEqual(['Ana', 'Ben', 'Cy']);
  });

  test('a removal that cannot be saved offers no undo and keeps the person', () => {
    three();
    storage().broken = true;
    expect(networkActions.remove('b')).toBeNull();
    storage().broken = false;
    expect(names()).toEqual(['Ana', 'Ben', 'Cy']);
  });
});

describe('the network in My data, imports and sharing', () => {
  test('describe counts people', () => {
    expect(networkDefinition.describe(networkDefinition.initial)).toBe('nothing yet');
    const ana = contact('a', 'Ana');
    const ben = contact('b', 'Ben');
    expect(networkDefinition.describe({ version: 1, contacts: [ana] })).toMatch(/\b1 person\b/);
    expect(networkDefinition.describe({ version: 1, contacts: [ana, ben] })).toMatch(
      /\b2 people\b/,
    );
  });

  test('merging keeps everyone once; the same person edited on two devices: the later edit wins', () => {
    const mine = contact('a', 'Ana (mine)', { updatedAt: '2026-11-20T00:00:00.000Z' });
    const theirs = contact('a', 'Ana (theirs)', { updatedAt: '2026-11-21T00:00:00.000Z' });
    const older = contact('b', 'Ben (older)', { updatedAt: '2026-11-01T00:00:00.000Z' });
    const newer = contact('b', 'Ben (newer)', { updatedAt: '2026-11-02T00:00:00.000Z' });
    const merged = networkDefinition.merge(
      { version: 1, contacts: [mine, newer] },
      { version: 1, contacts: [theirs, older, contact('c', 'Cy')] },
    );
    expect(merged.contacts.map((c) => c.name)).toEqual(['Ana (theirs)', 'Ben (newer)', 'Cy']);
  });

  test('sharing is off by default and leaves private notes out', () => {
    const option = firstShareOption(networkDefinition, networkShare);
    const section = option?.summarize(
      {
        version: 1,
        contacts: [
          contact('a', 'Ana', {
            role: 'Surgeon',
            group: 'sponsor',
            howTheyHelp: 'Opens doors',
            nextFollowUp: '2026-12-01',
            notes: 'private: owes me a coffee',
          }),
          contact('b', 'Ben', { group: 'peer' }),
        ],
      },
      { name: null },
    );
    expect(section).toEqual({
      title: 'Network',
      blocks: [
        {
          type: 'table',
          caption: 'People in their mentoring constellation',
          columns: ['Name', 'Role', 'Place', 'How they help', 'Next follow-up'],
          rows: [
            ['Ana', 'Surgeon', 'Sponsors', 'Opens doors', 'December 1, 2026'],
            ['Ben', '', 'Peers', '', ''],
          ],
        },
      ],
    });
    expect(JSON.stringify(section)).not.toContain('coffee');
  });
});

describe('interests for "Suggested for you"', () => {
  test('are saved, at most 12', () => {
    const many = Array.from({ length: 14 }, (_, i) => `interest ${i + 1}`);
    expect(setInterests(many)).toBe(true);
    expect(matching.read().interests).toEqual(many.slice(0, 12));
  });

  test('describe counts them', () => {
    expect(matchingDefinition.describe(matchingDefinition.initial)).toBe('nothing yet');
    expect(matchingDefinition.describe({ version: 1, interests: ['research'] })).toMatch(
      /\b1 interest\b/,
    );
    expect(matchingDefinition.describe({ version: 1, interests: ['a', 'b'] })).toMatch(
      /\b2 interests\b/,
    );
  });

  test('merging keeps each interest once, up to 12', () => {
    const merged = matchingDefinition.merge(
      { version: 1, interests: ['research', 'teaching'] },
      { version: 1, interests: ['teaching', ...Array.from({ length: 12 }, (_, i) => `x${i}`)] },
    );
    expect(merged.interests).toHaveLength(12);
    expect(merged.interests.slice(0, 3)).toEqual(['research', 'teaching', 'x0']);
  });
});
