/**
 * What a person can do in the meeting log, including turning an action item into a goal step.
 * Every delete returns its undo, for `offerUndo`.
 */
import type { Meeting } from '../schemas/partnership';
import { newId } from '../id';
import { actions as planActions } from './plan-actions';
import { meetings, sortMeetings } from './partnership';
import { itemState } from './unsaved-views';

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
  /**
   * Changes a meeting's date, agenda, notes and action items (one per entry). An item whose text
   * is unchanged keeps its id and the goal it became a step of. Returns whether it was saved.
   */
  update: (
    id: string,
    entry: { date: string; agenda: string; notes: string; actions: string[] },
  ): boolean =>
    meetings.update((m) => ({
      ...m,
      meetings: sortMeetings(
        m.meetings.map((x) => {
          if (x.id !== id) return x;
          const before = [...x.actions];
          const actions = entry.actions
            .map((text) => text.trim().slice(0, 500))
            .filter(Boolean)
            .map((text) => {
              const kept = before.findIndex((a) => a.text === text);
              return kept === -1 ? { id: newId(), text, goalId: null } : before.splice(kept, 1)[0]!;
            });
          return {
            ...x,
            date: entry.date,
            agenda: entry.agenda.slice(0, 5000),
            notes: entry.notes.slice(0, 5000),
            actions,
          };
        }),
      ),
    })),
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
  /**
   * Deletes one action item of a meeting; returns a function that puts it back in its place,
   * or null when nothing changed.
   */
  removeAction: (meetingId: string, actionId: string): (() => boolean) | null => {
    const actions = meetings.read().meetings.find((m) => m.id === meetingId)?.actions ?? [];
    const index = actions.findIndex((a) => a.id === actionId);
    const action = actions[index];
    const change = (edit: (list: Meeting['actions']) => Meeting['actions']) =>
      meetings.update((m) => ({
        ...m,
        meetings: m.meetings.map((x) =>
          x.id === meetingId ? { ...x, actions: edit(x.actions) } : x,
        ),
      }));
    if (!action || !change((list) => list.filter((a) => a.id !== actionId))) return null;
    return () =>
      change((list) =>
        list.some((a) => a.id === actionId)
          ? list
          : [...list.slice(0, index), action, ...list.slice(index)],
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
  /** Whether a meeting just added was saved, is only on screen (unsaved), or was refused. */
  saveState: (id: string) => itemState(meetings, 'meetings', id),
};
