/**
 * "Add to my network" on a profile: the mentor becomes a contact filled from the profile, once;
 * the action says whether it was saved, and a second add finds them already there.
 */
import { describe, expect, test } from 'vitest';
import { mentorContact, type DirectoryContact } from '~/lib/mentors/contact';
import { network } from '~/lib/stores/network';
import { networkActions } from '~/lib/stores/network-actions';
import { useFreshStores } from '../../support/stores';

const { storage } = useFreshStores();
const now = new Date('2026-11-24T10:00:00.000Z');

const amara: DirectoryContact = {
  name: 'Amara Okafor',
  role: 'Associate program director',
  specialty: 'Internal medicine',
  helpAreas: ['career-planning', 'residency-applications'],
  contact: { email: 'amara.okafor@example.org' },
};

describe('mentorContact', () => {
  test.each<[string, DirectoryContact, Partial<ReturnType<typeof mentorContact>>]>([
    [
      'an email mentor: role with specialty, how they help, how to reach them, where from',
      amara,
      {
        name: 'Amara Okafor',
        role: 'Associate program director, Internal medicine',
        group: 'mentor',
        howWeKnow: 'From the mentor directory',
        howTheyHelp: 'Can help with career planning and residency applications.',
        notes: 'From the mentor directory. Email: amara.okafor@example.org',
      },
    ],
    [
      'a mentor reached by a link',
      { ...amara, contact: { link: 'https://example.org/book' } },
      { notes: 'From the mentor directory. Link: https://example.org/book' },
    ],
  ])('%s', (_, mentor, expected) => {
    expect(mentorContact(mentor)).toMatchObject(expected);
  });
});

describe('networkActions.addFromDirectory', () => {
  test('adds the mentor once; a second add says they are already there', () => {
    const first = networkActions.addFromDirectory(mentorContact(amara), now);
    expect(first).toEqual({ status: 'added', id: expect.any(String) as string });
    expect(network.read().contacts).toEqual([
      expect.objectContaining({ ...mentorContact(amara), createdAt: now.toISOString() }),
    ]);
    const again = networkActions.addFromDirectory(
      mentorContact({ ...amara, name: ' amara  okafor ' }),
      now,
    );
    expect(again).toEqual({ status: 'already', id: first.status === 'added' ? first.id : '' });
    expect(network.read().contacts).toHaveLength(1);
  });

  test('someone of that name added by hand counts as already there', () => {
    const id = networkActions.add({ ...mentorContact(amara), notes: '' }, now);
    expect(networkActions.addFromDirectory(mentorContact(amara), now)).toEqual({
      status: 'already',
      id,
    });
  });

  test('when the browser refuses to save, it says not saved', () => {
    storage().quota = 50;
    expect(networkActions.addFromDirectory(mentorContact(amara), now)).toEqual({
      status: 'not-saved',
    });
    expect(storage().getItem('medmentor:network')).toBeNull();
  });
});
