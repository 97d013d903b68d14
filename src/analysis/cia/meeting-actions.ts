/**
 * What a meeting of the group goes through: the actions due before the next meeting, those overdue, and
 * those done since the last meeting. Days are UTC days (dates are entered as days, without a time).
 */
import type { CiaAction } from '../../types';
import { startOfDayMs } from './review';

const DAY_MS = 86_400_000;

/** The usual gap between meetings when no next meeting is set: a fortnight, as tension logs are kept. */
export const DEFAULT_MEETING_CYCLE_DAYS = 14;

/** The actions for one meeting, each list in due-date order (then input order). */
export interface MeetingActions {
  /** Not done and due before the meeting's day. */
  overdue: CiaAction[];
  /** Not done and due from the meeting's day until the day before the next meeting. */
  due: CiaAction[];
  /** Done after the previous meeting's day began (all done actions when there was no previous meeting). */
  doneSince: CiaAction[];
}

/**
 * Sorts the actions for a meeting on `meetingMs`, the previous one on `previousMs` (null: the first), and
 * the next on `nextMs` (null: a fortnight later). Actions neither due soon, overdue nor done since are left out.
 */
export function meetingActions(actions: readonly CiaAction[], meetingMs: number, previousMs: number | null, nextMs: number | null = null): MeetingActions {
  const day = startOfDayMs(meetingMs);
  const nextDay = nextMs === null ? day + DEFAULT_MEETING_CYCLE_DAYS * DAY_MS : startOfDayMs(nextMs);
  const since = previousMs === null ? -Infinity : startOfDayMs(previousMs);
  const byDue = [...actions].map((action, order) => ({ action, order })).sort((a, b) => a.action.dueMs - b.action.dueMs || a.order - b.order).map(({ action }) => action);
  return {
    overdue: byDue.filter((action) => action.status !== 'done' && action.dueMs < day),
    due: byDue.filter((action) => action.status !== 'done' && action.dueMs >= day && action.dueMs < nextDay),
    doneSince: byDue.filter((action) => action.status === 'done' && action.doneMs !== null && action.doneMs >= since),
  };
}

/** The meeting held last before `meetingMs` among `meetings` (UTC ms), or null. */
export function previousMeeting(meetings: readonly number[], meetingMs: number): number | null {
  const earlier = meetings.filter((m) => startOfDayMs(m) < startOfDayMs(meetingMs));
  return earlier.length ? Math.max(...earlier) : null;
}

/** The meeting held next after `meetingMs` among `meetings`, or null. */
export function nextMeeting(meetings: readonly number[], meetingMs: number): number | null {
  const later = meetings.filter((m) => startOfDayMs(m) > startOfDayMs(meetingMs));
  return later.length ? Math.min(...later) : null;
}
