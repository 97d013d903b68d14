/**
 * Time buckets for incident counts: calendar months (`"2022-05"`) or ISO weeks starting on Monday
 * (`"2022-W19"`), all in UTC. Bucketing is done once per dataset; filters then only read the bucket index.
 */

/** How incidents are grouped in time. */
export type PeriodKind = 'month' | 'week';

/** The periods covering a dataset, and which one each incident falls in. */
export interface IncidentPeriods {
  kind: PeriodKind;
  /** Every period from the earliest to the latest incident, empty ones included, so steps are even. */
  keys: string[];
  /** UTC ms at which each period starts; one more entry than `keys`: the end of the last period. */
  boundsMs: number[];
  /** Index into `keys` of each incident; -1 when its time is not a number (undated). */
  periodIndex: Int32Array;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday: the Monday on or before it is three days earlier. */
const FIRST_MONDAY_MS = -3 * DAY_MS;

/** The UTC start of the period holding `timeMs`. */
export function periodStartMs(timeMs: number, kind: PeriodKind): number {
  if (kind === 'week') return FIRST_MONDAY_MS + Math.floor((timeMs - FIRST_MONDAY_MS) / WEEK_MS) * WEEK_MS;
  const date = new Date(timeMs);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** The UTC start of the period after the one starting at `startMs`. */
export function nextPeriodStartMs(startMs: number, kind: PeriodKind): number {
  if (kind === 'week') return startMs + WEEK_MS;
  const date = new Date(startMs);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * The key of the period holding `timeMs`: `"YYYY-MM"` for months; `"YYYY-Www"` for ISO 8601 weeks, whose
 * year is the year of the week's Thursday (so 2021-01-03 is in "2020-W53").
 */
export function periodKey(timeMs: number, kind: PeriodKind): string {
  if (kind === 'month') {
    const date = new Date(timeMs);
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const thursday = new Date(periodStartMs(timeMs, 'week') + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Buckets every incident time into `kind` periods. Linear in the incidents (a binary search over the few
 * period bounds each); with no dated incidents there are no periods.
 */
export function assignPeriods(timeMs: Float64Array, kind: PeriodKind): IncidentPeriods {
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < timeMs.length; i++) {
    const t = timeMs[i];
    if (t < minMs) minMs = t;
    if (t > maxMs) maxMs = t;
  }
  const keys: string[] = [];
  const boundsMs: number[] = [];
  if (minMs <= maxMs) {
    for (let start = periodStartMs(minMs, kind); start <= maxMs; start = nextPeriodStartMs(start, kind)) {
      keys.push(periodKey(start, kind));
      boundsMs.push(start);
    }
    boundsMs.push(nextPeriodStartMs(boundsMs[boundsMs.length - 1], kind));
  }
  const periodIndex = new Int32Array(timeMs.length);
  for (let i = 0; i < timeMs.length; i++) {
    const t = timeMs[i];
    if (Number.isNaN(t)) {
      periodIndex[i] = -1;
      continue;
    }
    // Largest period whose start is ≤ t.
    let low = 0;
    let high = keys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (boundsMs[middle] <= t) low = middle;
      else high = middle - 1;
    }
    periodIndex[i] = low;
  }
  return { kind, keys, boundsMs, periodIndex };
}
