/**
 * The working mentorship: the mentoring agreement and the meeting log, through the actions their
 * islands call (including turning an action item into a goal step and undoing a deleted
 * meeting), and how both show in My data, imports and sharing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Agreement, Meeting } from '~/lib/schemas/partnership';
import { meta } from '~/lib/stores/meta';
import {
  agreement,
  agreementDefinition,
  agreementFields,
  meetings,
  meetingsDefinition,
  setAgreementField,
  sortMeetings,
} from '~/lib/stores/partnership';
import { meetingActions } from '~/lib/stores/partnership-actions';
import { plan } from '~/lib/stores/plan';
import { goal, meeting } from '../../support/records';
import { stored, useFreshStores } from '../../support/stores';
import { firstShareOption } from '../../support/share';
import { agreementShare, meetingsShare } from '~/lib/stores/partnership-share';

const { storage } = useFreshStores();
const list = () => meetings.read().meetings;
const seed = (...items: Meeting[]) => meetings.replace({ version: 1, meetings: items });

describe('the agreement', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');

  test('each part is saved as it is written, with the time', () => {
    expect(setAgreementField('purpose', 'Find a research project', now)).toBe(true);
    setAgreementField('ending', 'Either of us can end it with a note', now);
    expect(stored(storage(), 'agreement')).toEqual({
      version: 1,
      fields: {
        purpose: 'Find a research project',
        ending: 'Either of us can end it with a note',
      },
      updatedAt: now.toISOString(),
    });
    expect(meta.read().changesSinceBackup).toBe(2);
  });

  test('a part is cut at 5,000 characters', () => {
    setAgreementField('roles', 'x'.repeat(6000), now);
    expect(agreement.read().fields.roles).toHaveLength(5000);
  });

  test('describe counts the parts filled in, ignoring blank ones', () => {
    const with3: Agreement = {
      version: 1,
      fields: { mentee: 'Ana', mentor: 'Dr. Rivera', purpose: 'Research', roles: '   ' },
      updatedAt: null,
    };
    expect(agreementDefinition.describe(agreementDefinition.initial)).toBe('nothing yet');
    const text = agreementDefinition.describe(with3);
    expect(text).toContain('3');
    expect(text).toContain(String(agreementFields.length));
  });

  // Merging keeps both (issue 15): a part filled in here is never replaced by the file's,
  // however recent; an empty one takes the file's. The person can pick per part in the preview.
  test.each<[string, string | null, string, string | null, string]>([
    [
      'a newer file does not replace a filled-in part',
      '2026-11-20T00:00:00.000Z',
      'mine',
      '2026-11-21T00:00:00.000Z',
      'mine',
    ],
    [
      'an older file does not either',
      '2026-11-22T00:00:00.000Z',
      'mine',
      '2026-11-21T00:00:00.000Z',
      'mine',
    ],
    ['a file never edited does not either', '2026-11-22T00:00:00.000Z', 'mine', null, 'mine'],
    ['an empty part here takes the file’s', null, '', '2026-11-21T00:00:00.000Z', 'theirs'],
  ])('merge: %s', (_name, mineAt, mineText, theirsAt, winner) => {
    const mine: Agreement = { version: 1, fields: { purpose: mineText }, updatedAt: mineAt };
    const theirs: Agreement = { version: 1, fields: { purpose: 'theirs' }, updatedAt: theirsAt };
    expect(agreementDefinition.merge(mine, theirs).fields.purpose).toBe(winner);
  });

  test('sharing is off by default and lists the filled-in parts in order, with their labels', () => {
    const option = firstShareOption(agreementDefinition, agreementShare);
    expect(
      option?.summarize(
        {
          version: 1,
          fields: {
            ending: 'With a note',
            mentee: 'Ana',
            feedback: ' ',
            unknown: 'kept, not shown',
          },
          updatedAt: null,
        },
        { name: null },
      ),
    ).toEqual({
      title: 'Mentoring agreement',
      blocks: [
        {
          type: 'table',
          caption: 'Agreement',
          columns: ['Part', 'What we agreed'],
          rows: [
            ['Mentee', 'Ana'],
            ['How either of us can end it', 'With a note'],
          ],
        },
      ],
    });
  });
});

describe('the meeting log', () => {
  test('a new meeting keeps its non-blank action items, trimmed, and the log stays newest first', () => {
    seed(meeting('old', '2026-10-01'), meeting('newest', '2026-12-01'));
    const id = meetingActions.add({
      date: '2026-11-15',
      agenda: 'Research plans',
      notes: 'Went well',
      actions: ['  Email the lab  ', '', '   ', 'Read two papers'],
    });
    expect(list().map((m) => m.id)).toEqual(['newest', id, 'old']);
    const saved = list()[1];
    expect(saved).toMatchObject({
      date: '2026-11-15',
      agenda: 'Research plans',
      notes: 'Went well',
    });
    expect(saved?.actions.map((a) => [a.text, a.goalId])).toEqual([
      ['Email the lab', null],
      ['Read two papers', null],
    ]);
    expect(new Set(saved?.actions.map((a) => a.id)).size).toBe(2);
  });

  test('an edited meeting keeps the action items whose text is unchanged, with their goal', () => {
    const id = meetingActions.add({
      date: '2026-11-15',
      agenda: 'Research plans',
      notes: '',
      actions: ['Email the lab', 'Read two papers'],
    });
    seed(
      ...list().map((m) => ({
        ...m,
        actions: m.actions.map((a, i) => (i === 0 ? { ...a, goalId: 'g1' } : a)),
      })),
    );
    const [email] = list()[0]?.actions ?? [];
    expect(
      meetingActions.update(id, {
        date: '2026-11-16',
        agenda: 'Research plans, again',
        notes: 'Went well',
        actions: ['Book a room', ' Email the lab ', ''],
      }),
    ).toBe(true);
    const [saved] = list();
    expect(saved).toMatchObject({ date: '2026-11-16', agenda: 'Research plans, again' });
    expect(saved?.actions.map((a) => [a.text, a.goalId])).toEqual([
      ['Book a room', null],
      ['Email the lab', 'g1'],
    ]);
    expect(saved?.actions[1]?.id).toBe(email?.id);
  });

  test('long text is cut to what the schema allows', () => {
    meetingActions.add({
      date: '2026-11-15',
      agenda: 'a'.repeat(6000),
      notes: 'n'.repeat(6000),
      actions: ['x'.repeat(600)],
    });
    const [saved] = list();
    expect([saved?.agenda.length, saved?.notes.length, saved?.actions[0]?.text.length]).toEqual([
      5000, 5000, 500,
    ]);
  });

  test('deleting a meeting can be undone; it returns in date order', () => {
    seed(meeting('a', '2026-12-01'), meeting('b', '2026-11-01'), meeting('c', '2026-10-01'));
    const undo = meetingActions.remove('b');
    expect(list().map((m) => m.id)).toEqual(['a', 'c']);
    expect(undo?.()).toBe(true);
    expect(list().map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  test('undo adds no second copy of a meeting that came back another way', () => {
    seed(meeting('a', '2026-12-01'), meeting('b', '2026-11-01'));
    const undo = meetingActions.remove('b');
    seed(meeting('a', '2026-12-01'), meeting('b', '2026-11-01'));
    expect(undo?.()).toBe(true);
    expect(list().map((m) => m.id)).toEqual(['a', 'b']);
  });

  test('no undo is offered for a meeting that is not there', () => {
    seed(meeting('a', '2026-12-01'));
    expect(meetingActions.remove('zzz')).toBeNull();
    expect(list().map((m) => m.id)).toEqual(['a']);
  });

  test('no undo is offered for a delete that cannot be saved, and the meeting stays', () => {
    seed(meeting('a', '2026-12-01'));
    storage().broken = true;
    expect(meetingActions.remove('a')).toBeNull();
    storage().broken = false;
    expect(list().map((m) => m.id)).toEqual(['a']);
  });

  describe('turning an action item into a goal step', () => {
    const now = new Date('2026-11-24T10:00:00.000Z');
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now);
      plan.replace({ version: 1, goals: [goal('g1', 'Research elective')] });
      seed(
        meeting('m1', '2026-11-20', {
          actions: [
            { id: 'x1', text: 'Email the lab', goalId: null },
            { id: 'x2', text: 'Read two papers', goalId: null },
          ],
        }),
        meeting('m0', '2026-10-01', { actions: [{ id: 'x2', text: 'Same id', goalId: null }] }),
      );
    });
    afterEach(() => vi.useRealTimers());

    test('adds the step to the goal and remembers which goal it went to', () => {
      expect(meetingActions.toGoalStep('m1', 'x2', 'g1')).toBe(true);
      expect(plan.read().goals[0]?.steps).toMatchObject([{ text: 'Read two papers', done: false }]);
      expect(plan.read().goals[0]?.updatedAt).toBe(now.toISOString());
      expect(list()[0]?.actions).toEqual([
        { id: 'x1', text: 'Email the lab', goalId: null },
        { id: 'x2', text: 'Read two papers', goalId: 'g1' },
      ]);
      // Another meeting's action item is left alone, even with the same id.
      expect(list()[1]?.actions).toEqual([{ id: 'x2', text: 'Same id', goalId: null }]);
    });

    test.each([
      ['an unknown meeting', 'm9', 'x1'],
      ['an unknown action item', 'm1', 'x9'],
    ])('%s changes nothing', (_name, meetingId, actionId) => {
      expect(meetingActions.toGoalStep(meetingId, actionId, 'g1')).toBe(false);
      expect(plan.read().goals[0]?.steps).toEqual([]);
      expect(list()[0]?.actions.every((a) => a.goalId === null)).toBe(true);
    });
  });

  test('describe counts meetings', () => {
    expect(meetingsDefinition.describe(meetingsDefinition.initial)).toBe('nothing yet');
    expect(
      meetingsDefinition.describe({ version: 1, meetings: [meeting('a', '2026-01-01')] }),
    ).toMatch(/\b1 meeting\b/);
    expect(
      meetingsDefinition.describe({
        version: 1,
        meetings: [meeting('a', '2026-01-01'), meeting('b', '2026-01-02')],
      }),
    ).toMatch(/\b2 meetings\b/);
  });

  test('merging keeps each meeting once (this device wins) and sorts newest first', () => {
    const merged = meetingsDefinition.merge(
      { version: 1, meetings: [meeting('a', '2026-10-01', { agenda: 'mine' })] },
      {
        version: 1,
        meetings: [meeting('a', '2026-10-01', { agenda: 'theirs' }), meeting('b', '2026-11-01')],
      },
    );
    expect(merged.meetings.map((m) => [m.id, m.agenda])).toEqual([
      ['b', ''],
      ['a', 'mine'],
    ]);
  });

  test('sortMeetings puts the newest first without changing the list it was given', () => {
    const given = [
      meeting('a', '2026-01-01'),
      meeting('b', '2026-03-01'),
      meeting('c', '2026-02-01'),
    ];
    expect(sortMeetings(given).map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(given.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  test('sharing is off by default; each meeting shows its date, agenda and action items, never its notes', () => {
    const option = firstShareOption(meetingsDefinition, meetingsShare);
    const section = option?.summarize(
      {
        version: 1,
        meetings: [
          meeting('a', '2026-11-20', {
            agenda: 'Research',
            notes: 'private notes',
            actions: [{ id: 'x', text: 'Email the lab', goalId: null }],
          }),
          meeting('b', '2026-11-01'),
        ],
      },
      { name: null },
    );
    expect(section).toEqual({
      title: 'Meetings',
      blocks: [
        { type: 'list', items: ['November 20, 2026: Research', 'Action: Email the lab'] },
        { type: 'list', items: ['November 1, 2026: no agenda'] },
      ],
    });
  });
});
