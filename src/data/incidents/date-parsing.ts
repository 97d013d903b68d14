/**
 * Reading incident dates: `YYYY-MM` (police.uk months), ISO dates and timestamps, and UK-order
 * `DD/MM/YYYY` with an optional Excel-style `HH:MM[:SS]`. US month/day order is never accepted.
 *
 * Times without a zone (`2022-05-14 13:45`, `14/05/2022 13:45`) are kept as wall-clock times, stored as if
 * they were UTC, so day and month buckets follow the calendar written in the file (00:30 on 1 June in
 * summer time stays in June). Timestamps with `Z` or an offset are converted to true UTC.
 */
import type { IncidentDateRange } from '../../types';

/** How fine a date is, in increasing order: 0 month, 1 day, 2 time (see `DATE_PRECISIONS`). */
export type DatePrecisionLevel = 0 | 1 | 2;

/** Names of the precision levels, indexed by `DatePrecisionLevel`. */
export const DATE_PRECISIONS = ['month', 'day', 'time'] as const;

/** Why a date could not be read: empty, not a date we know, a US-style month/day date, or a year outside the range. */
export type DateFailure = 'empty' | 'unparseable' | 'us-order' | 'out-of-range';

/** Years an incident may fall in, inclusive (see `IncidentDateRange`). */
export type DateRange = IncidentDateRange;

/** The default plausible range: 1990 to the year after `now` (UTC). */
export function defaultDateRange(now: Date = new Date()): DateRange {
  return { fromYear: 1990, toYear: now.getUTCFullYear() + 1 };
}

/**
 * Reusable output of `readIncidentDate`, so reading 100,000 rows allocates nothing per row. It also
 * remembers the last text read: police.uk files repeat one `Month` value on every row.
 */
export interface DateReading {
  timeMs: number;
  precision: DatePrecisionLevel;
  failure: DateFailure | null;
  lastText: string | null;
  /** Dates outside these years fail as `out-of-range` (no limit when not given). */
  range: DateRange;
}

/** A fresh `DateReading` to pass to `readIncidentDate`, accepting only years in `range` when given. */
export function createDateReading(range: DateRange = { fromYear: -Infinity, toYear: Infinity }): DateReading {
  return { timeMs: NaN, precision: 0, failure: null, lastText: null, range };
}

function isInRange(year: number, reading: DateReading): boolean {
  return year >= reading.range.fromYear && year <= reading.range.toYear;
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const ISO_DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const UK_DATE_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `Date.UTC` with years 0..99 taken as written (`Date.UTC` alone reads year 1 as 1901). */
function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(Date.UTC(year, monthIndex, day, hour, minute, second, ms));
  if (year >= 0 && year < 100) date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isValidTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function succeed(reading: DateReading, timeMs: number, precision: DatePrecisionLevel): boolean {
  reading.timeMs = timeMs;
  reading.precision = precision;
  reading.failure = null;
  return true;
}

function fail(reading: DateReading, failure: DateFailure): boolean {
  reading.timeMs = NaN;
  reading.failure = failure;
  return false;
}

/** Date parts as written (strings from a RegExp match; time parts undefined for a plain date). */
interface DateParts {
  year: string;
  month: string;
  day: string;
  hour?: string;
  minute?: string;
  second?: string;
  millis?: string;
  zone?: string;
}

function readParts(parts: DateParts, reading: DateReading): boolean {
  const y = Number(parts.year);
  const m = Number(parts.month);
  const d = Number(parts.day);
  if (!isValidDay(y, m, d)) return fail(reading, 'unparseable');
  if (!isInRange(y, reading)) return fail(reading, 'out-of-range');
  if (parts.hour === undefined) return succeed(reading, utcMs(y, m - 1, d), 1);
  const h = Number(parts.hour);
  const min = Number(parts.minute);
  const s = Number(parts.second ?? 0);
  if (!isValidTime(h, min, s)) return fail(reading, 'unparseable');
  const ms = parts.millis === undefined ? 0 : Number(parts.millis.padEnd(3, '0'));
  return succeed(reading, utcMs(y, m - 1, d, h, min, s, ms) - offsetMinutes(parts.zone) * 60_000, 2);
}

function readIsoDate(match: RegExpExecArray, reading: DateReading): boolean {
  const [, year, month, day, hour, minute, second, millis, zone] = match;
  return readParts({ year, month, day, hour, minute, second, millis, zone }, reading);
}

function readUkDate(match: RegExpExecArray, reading: DateReading): boolean {
  const [, day, month, year, hour, minute, second] = match;
  const d = Number(day);
  const m = Number(month);
  // UK order only: a "month" above 12 with a "day" that could be a month is a US-style date.
  if (m > 12 && d >= 1 && d <= 12 && isValidDay(Number(year), d, m)) return fail(reading, 'us-order');
  return readParts({ year, month, day, hour, minute, second }, reading);
}

function readUncached(text: string, reading: DateReading): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return fail(reading, 'empty');
  const yearMonth = YEAR_MONTH.exec(trimmed);
  if (yearMonth) {
    const month = Number(yearMonth[2]);
    if (month < 1 || month > 12) return fail(reading, 'unparseable');
    return isInRange(Number(yearMonth[1]), reading) ? succeed(reading, utcMs(Number(yearMonth[1]), month - 1, 1), 0) : fail(reading, 'out-of-range');
  }
  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso) return readIsoDate(iso, reading);
  const uk = UK_DATE_TIME.exec(trimmed);
  if (uk) return readUkDate(uk, reading);
  return fail(reading, 'unparseable');
}

/**
 * Reads one date into `reading` (UTC ms of its start, precision) and returns true, or sets
 * `reading.failure` and returns false. Repeating the previous text costs one string comparison.
 */
export function readIncidentDate(text: string, reading: DateReading): boolean {
  if (text === reading.lastText) return reading.failure === null;
  reading.lastText = text;
  return readUncached(text, reading);
}

/** True when the text reads as a date, or would were it not in US month/day order (for column detection). */
export function looksLikeDate(text: string): boolean {
  const reading = createDateReading();
  return readIncidentDate(text, reading) || reading.failure === 'us-order';
}
