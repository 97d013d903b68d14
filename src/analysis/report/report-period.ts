/**
 * The period a tension report covers: from the day after the group's previous meeting (else a fortnight,
 * the usual cycle) to the end of the report's day, in UTC days as dates are entered.
 */
import { DEFAULT_MEETING_CYCLE_DAYS, previousMeeting } from '../cia/meeting-actions';
import { startOfDayMs } from '../cia/review';

const DAY_MS = 86_400_000;

/** The first and last moment (inclusive, UTC ms) of the period a report on `atMs` covers. */
export interface ReportPeriod {
  fromMs: number;
  toMs: number;
  /** The previous meeting's day, or null when there was none. */
  previousMeetingMs: number | null;
}

/** The report's period for a report on `atMs` given the group's meeting days. */
export function reportPeriod(atMs: number, meetings: readonly number[]): ReportPeriod {
  const today = startOfDayMs(atMs);
  const previous = previousMeeting(meetings, atMs);
  const fromMs = previous === null ? today - (DEFAULT_MEETING_CYCLE_DAYS - 1) * DAY_MS : startOfDayMs(previous) + DAY_MS;
  return { fromMs, toMs: today + DAY_MS - 1, previousMeetingMs: previous };
}
