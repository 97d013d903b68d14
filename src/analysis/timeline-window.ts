/**
 * One time-slider step: the per-area values of the current window, taken from per-area × per-period counts
 * computed once. A step never re-joins or re-counts incidents; it sums at most `size` columns per area
 * (or reads prefix sums for a cumulative window).
 */

/** Which periods a step shows: the single period, the last `size` periods, or everything up to it. */
export type TimeWindow = { kind: 'single' } | { kind: 'rolling'; size: number } | { kind: 'cumulative' };

/** Per-area × per-period counts, row-major by area (`counts[area * periodCount + period]`). */
export interface PeriodTable {
  areaCount: number;
  periodCount: number;
  counts: ArrayLike<number>;
}

/** First and last period index (inclusive) the window covers at `step`. */
export function windowRange(window: TimeWindow, step: number): [number, number] {
  if (window.kind === 'single') return [step, step];
  if (window.kind === 'cumulative') return [0, step];
  return [Math.max(0, step - Math.max(1, Math.round(window.size)) + 1), step];
}

/** Values per area for the window at `step`, written into `out` (allocation-free on the hot path). */
export function windowValues(table: PeriodTable, window: TimeWindow, step: number, out: Float64Array = new Float64Array(table.areaCount)): Float64Array {
  const [first, last] = windowRange(window, step);
  const { periodCount, counts } = table;
  for (let area = 0, base = 0; area < table.areaCount; area++, base += periodCount) {
    let sum = 0;
    for (let p = first; p <= last; p++) sum += counts[base + p];
    out[area] = sum;
  }
  return out;
}

/**
 * Every area's value at every step (of `steps`, inclusive), pooled: what fixed class breaks are computed over, so a colour means
 * the same number in every frame of the playback.
 */
export function pooledWindowValues(table: PeriodTable, window: TimeWindow, steps: [number, number] = [0, table.periodCount - 1]): Float64Array {
  const [first, last] = steps;
  const pooled = new Float64Array(table.areaCount * Math.max(0, last - first + 1));
  const step = new Float64Array(table.areaCount);
  for (let s = first; s <= last; s++) {
    windowValues(table, window, s, step);
    pooled.set(step, (s - first) * table.areaCount);
  }
  return pooled;
}

/**
 * The first and last period holding any count: the span a layer's own data covers on a shared timeline
 * (other layers may stretch the timeline with years where this one has no data, which would otherwise
 * pull fixed breaks towards zero).
 */
export function periodsWithData(table: PeriodTable): [number, number] {
  let first = table.periodCount;
  let last = -1;
  for (let area = 0; area < table.areaCount; area++) {
    const base = area * table.periodCount;
    for (let p = 0; p < table.periodCount; p++) {
      if (table.counts[base + p] > 0) {
        if (p < first) first = p;
        if (p > last) last = p;
      }
    }
  }
  return last < 0 ? [0, table.periodCount - 1] : [first, last];
}

/** Index of the period [bounds[i], bounds[i+1]) holding each time; -1 outside the bounds or undated. */
export function periodIndexOn(timeMs: Float64Array, boundsMs: ReadonlyArray<number>): Int32Array {
  const out = new Int32Array(timeMs.length);
  const last = boundsMs.length - 1;
  for (let i = 0; i < timeMs.length; i++) {
    const t = timeMs[i];
    if (!(t >= boundsMs[0] && t < boundsMs[last])) {
      out[i] = -1;
      continue;
    }
    let lo = 0;
    let hi = last - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (boundsMs[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    out[i] = lo;
  }
  return out;
}
