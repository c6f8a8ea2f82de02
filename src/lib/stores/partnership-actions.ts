/** What a person can do in the meeting log, including turning an action item into a goal step. */
import type { Meeting } from '../schemas/partnership';
import { newId } from '../id';
import { actions as planActions } from './plan-actions';
import { meetings, sortMeetings } from './partnership';

export const meetingActions = {
  add: (entry: { date: string; agenda: string; notes: string; actions: string[] }) => {
    const meeting: Meeting = {
      id: newId(),
      date: entry.date,
      agenda: entry.agenda.slice(0, 5000),
      notes: entry.notes.slice(0, 5000),
      actions: entry.actions
        .filter((a) => a.trim())
        .map((text) => ({ id: newId(), text: text.trim().slice(0, 500), goalId: null })),
    };
    meetings.update((m) => ({ ...m, meetings: sortMeetings([...m.meetings, meeting]) }));
    return meeting.id;
  },
  /** Deletes a meeting; returns a function that puts it back, or null when nothing changed. */
  remove: (id: string): (() => boolean) | null => {
    const removed: { meeting: Meeting | undefined } = { meeting: undefined };
    const saved = meetings.update((m) => {
      removed.meeting = m.meetings.find((x) => x.id === id);
      return removed.meeting ? { ...m, meetings: m.meetings.filter((x) => x.id !== id) } : m;
    });
    const gone = removed.meeting;
    if (!saved || !gone) return null;
    return () =>
      meetings.update((m) =>
        m.meetings.some((x) => x.id === id)
          ? m
          : { ...m, meetings: sortMeetings([...m.meetings, gone]) },
      );
  },
  /** Turns an action item into a step of a goal, and remembers that it did. */
  toGoalStep: (meetingId: string, actionId: string, goalId: string) => {
    const action = meetings
      .read()
      .meetings.find((m) => m.id === meetingId)
      ?.actions.find((a) => a.id === actionId);
    if (!action) return false;
    planActions.addStep(goalId, action.text);
    return meetings.update((m) => ({
      ...m,
      meetings: m.meetings.map((x) =>
        x.id === meetingId
          ? { ...x, actions: x.actions.map((a) => (a.id === actionId ? { ...a, goalId } : a)) }
          : x,
      ),
    }));
  },
};
