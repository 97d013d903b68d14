/**
 * Incident filters (categories and a date range) applied to column-wise incidents. Returns index lists and
 * masks so the heatmap, the points and the joined counts all follow the same filter without copying data.
 */
import type { IncidentDataset } from '../types';

export interface IncidentFilter {
  /** Category indexes to keep; null keeps every category. */
  categories: number[] | null;
  /** Inclusive start and exclusive end in UTC ms; null leaves that side open. */
  fromMs: number | null;
  toMs: number | null;
}

export const NO_FILTER: IncidentFilter = { categories: null, fromMs: null, toMs: null };

type FilterInput = Pick<IncidentDataset, 'count' | 'timeMs' | 'categoryIndex' | 'categories'>;

/** 1 for every incident the filter keeps, 0 otherwise. */
export function filterMask(incidents: FilterInput, filter: IncidentFilter): Uint8Array {
  const keepCategory = new Uint8Array(Math.max(1, incidents.categories.length));
  if (filter.categories) for (const c of filter.categories) keepCategory[c] = 1;
  else keepCategory.fill(1);
  const from = filter.fromMs ?? -Infinity;
  const to = filter.toMs ?? Infinity;
  const mask = new Uint8Array(incidents.count);
  for (let i = 0; i < incidents.count; i++) {
    const t = incidents.timeMs[i];
    mask[i] = keepCategory[incidents.categoryIndex[i]] && t >= from && t < to ? 1 : 0;
  }
  return mask;
}

/** Indexes of the incidents a mask keeps, ascending. */
export function maskedIndexes(mask: Uint8Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i];
  const out = new Uint32Array(n);
  for (let i = 0, j = 0; i < mask.length; i++) if (mask[i]) out[j++] = i;
  return out;
}

/** Incidents per category within the date range only (so the category list shows what each box adds). */
export function countByCategory(incidents: FilterInput, filter: IncidentFilter): number[] {
  const counts = new Array<number>(incidents.categories.length).fill(0);
  const from = filter.fromMs ?? -Infinity;
  const to = filter.toMs ?? Infinity;
  for (let i = 0; i < incidents.count; i++) {
    const t = incidents.timeMs[i];
    if (t >= from && t < to) counts[incidents.categoryIndex[i]] += 1;
  }
  return counts;
}

/** Start of each calendar month (UTC) that holds at least one incident, ascending. */
export function monthStarts(incidents: Pick<IncidentDataset, 'count' | 'timeMs'>): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < incidents.count; i++) {
    const d = new Date(incidents.timeMs[i]);
    seen.add(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  }
  return [...seen].sort((a, b) => a - b);
}

/** The first instant of the month after `monthStartMs` (UTC), for exclusive range ends. */
export function nextMonthStart(monthStartMs: number): number {
  const d = new Date(monthStartMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Filtered incidents per area from a join's area index (-1 = outside every area). */
export function countPerArea(areaIndex: Int32Array, mask: Uint8Array, areaCount: number): { counts: Float64Array; matched: number; outside: number } {
  const counts = new Float64Array(areaCount);
  let matched = 0;
  let outside = 0;
  for (let i = 0; i < areaIndex.length; i++) {
    if (!mask[i]) continue;
    const area = areaIndex[i];
    if (area >= 0) {
      counts[area] += 1;
      matched += 1;
    } else outside += 1;
  }
  return { counts, matched, outside };
}

/** Rate per 1,000 residents; null where the population is missing or not positive. */
export function ratePer1000(counts: ArrayLike<number>, population: ReadonlyArray<number | null>): (number | null)[] {
  return Array.from({ length: counts.length }, (_, i) => {
    const p = population[i];
    return p !== null && p !== undefined && p > 0 ? (counts[i] * 1000) / p : null;
  });
}
