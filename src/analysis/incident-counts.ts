/**
 * Incident counts per area, per area × category and per area × period, from a finished join (the area
 * index of every incident). A filter change only re-runs this one linear pass — milliseconds for a million
 * incidents — and never the join (issue 3). Rates per 1,000 residents: `ratePer1000` in incident-filter.ts.
 */
import { NO_FILTER, type IncidentFilter } from './incident-filter';

/** Per-incident inputs, all of length = incident count. */
export interface CountInput {
  /** Area index per incident from the join; -1 outside every loaded area. */
  areaIndex: Int32Array;
  categoryIndex: Uint16Array;
  timeMs: Float64Array;
  /** Period index per incident (see `assignPeriods`); -1 when undated. */
  periodIndex: Int32Array;
}

/** Sizes of the count tables. */
export interface CountShape {
  areaCount: number;
  categoryCount: number;
  periodCount: number;
}

/** Counts of the incidents the filter keeps. Flat tables are row-major by area. */
export interface IncidentCounts extends CountShape {
  byArea: Uint32Array;
  /** `byAreaCategory[area × categoryCount + category]`. */
  byAreaCategory: Uint32Array;
  /** `byAreaPeriod[area × periodCount + period]`; undated incidents are in `byArea` but in no period. */
  byAreaPeriod: Uint32Array;
  /** Incidents the filter keeps, of which `matched` fell in an area and `outside` in none. */
  points: number;
  matched: number;
  outside: number;
}

/**
 * Counts the incidents that pass `filter`. An undated incident (NaN time) passes only when the time range
 * is open on both sides. Category indexes outside `categoryCount` in the filter are ignored.
 */
export function countIncidents(input: CountInput, shape: CountShape, filter: IncidentFilter = NO_FILTER): IncidentCounts {
  const { areaIndex, categoryIndex, timeMs, periodIndex } = input;
  const { areaCount, categoryCount, periodCount } = shape;
  const keepCategory = new Uint8Array(categoryCount);
  if (filter.categories === null) keepCategory.fill(1);
  else for (const category of filter.categories) if (category >= 0 && category < categoryCount) keepCategory[category] = 1;
  const timeOpen = filter.fromMs === null && filter.toMs === null;
  const fromMs = filter.fromMs ?? -Infinity;
  const toMs = filter.toMs ?? Infinity;
  const byArea = new Uint32Array(areaCount);
  const byAreaCategory = new Uint32Array(areaCount * categoryCount);
  const byAreaPeriod = new Uint32Array(areaCount * periodCount);
  let points = 0;
  let outside = 0;
  for (let i = 0; i < areaIndex.length; i++) {
    const category = categoryIndex[i];
    if (keepCategory[category] !== 1) continue;
    const t = timeMs[i];
    if (!timeOpen && !(t >= fromMs && t < toMs)) continue;
    points += 1;
    const area = areaIndex[i];
    if (area < 0) {
      outside += 1;
      continue;
    }
    byArea[area] += 1;
    byAreaCategory[area * categoryCount + category] += 1;
    const period = periodIndex[i];
    if (period >= 0) byAreaPeriod[area * periodCount + period] += 1;
  }
  return { areaCount, categoryCount, periodCount, byArea, byAreaCategory, byAreaPeriod, points, matched: points - outside, outside };
}
