/**
 * Incident evidence for an assessment's footprint: how many incidents its areas had over the periods loaded,
 * how the latest three periods compare with the three before, and whether the footprint's series rises or
 * falls (the Mann-Kendall test the emerging hot spots use, at 95% confidence).
 */
import { mannKendall } from '../hotspots/mann-kendall';

/** Periods compared at the end of the series: the latest three against the three before. */
export const RECENT_PERIODS = 3;
/** Two-sided p-value below which the footprint's series is called rising or falling. */
export const TREND_P_VALUE = 0.05;

/**
 * Counts of one incident dataset joined to the layer: `byAreaPeriod[area × periodKeys.length + period]`;
 * NaN where the dataset does not cover the area (no data, never counted as 0).
 */
export interface IncidentEvidenceInput {
  label: string;
  periodKeys: readonly string[];
  byAreaPeriod: ArrayLike<number>;
}

export interface IncidentEvidence {
  label: string;
  /** Incidents in the footprint over all periods, and in the whole layer. */
  total: number;
  districtTotal: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
  /** The footprint's count per period, parallel to the input's `periodKeys`. */
  series: number[];
  recent: { periods: string[]; count: number };
  previous: { periods: string[]; count: number };
  /** Recent against previous in percent; null when the previous periods had none. */
  changePercent: number | null;
  trend: 'rising' | 'falling' | 'no-clear-trend';
  trendPValue: number;
  /** The footprint's areas with most incidents (up to three, most first; ties by code). */
  busiestAreas: { areaCode: string; count: number }[];
}

/** The incident evidence for the areas `footprint` (indexes into `areaCodes`, the layer's codes). */
export function gatherIncidentEvidence(input: IncidentEvidenceInput, areaCodes: readonly string[], footprint: readonly number[]): IncidentEvidence {
  const periodCount = input.periodKeys.length;
  if (input.byAreaPeriod.length !== areaCodes.length * periodCount) throw new Error(`counts hold ${input.byAreaPeriod.length} cells, expected ${areaCodes.length} areas × ${periodCount} periods`);
  const series = new Array<number>(periodCount).fill(0);
  const perArea = footprint.map((area) => {
    let count = 0;
    for (let p = 0; p < periodCount; p++) {
      const cell = input.byAreaPeriod[area * periodCount + p];
      if (!Number.isFinite(cell)) continue;
      series[p] += cell;
      count += cell;
    }
    return { areaCode: areaCodes[area], count };
  });
  let districtTotal = 0;
  for (let i = 0; i < input.byAreaPeriod.length; i++) if (Number.isFinite(input.byAreaPeriod[i])) districtTotal += input.byAreaPeriod[i];
  const recentFrom = Math.max(0, periodCount - RECENT_PERIODS);
  const previousFrom = Math.max(0, recentFrom - RECENT_PERIODS);
  const sum = (from: number, to: number) => series.slice(from, to).reduce((a, b) => a + b, 0);
  const recent = { periods: input.periodKeys.slice(recentFrom), count: sum(recentFrom, periodCount) };
  const previous = { periods: input.periodKeys.slice(previousFrom, recentFrom), count: sum(previousFrom, recentFrom) };
  const test = mannKendall(series);
  return {
    label: input.label,
    total: series.reduce((a, b) => a + b, 0),
    districtTotal,
    firstPeriod: input.periodKeys[0] ?? null,
    lastPeriod: input.periodKeys.at(-1) ?? null,
    series,
    recent,
    previous,
    changePercent: previous.count > 0 ? Math.round((1000 * (recent.count - previous.count)) / previous.count) / 10 : null,
    trend: test.pValue < TREND_P_VALUE ? (test.s > 0 ? 'rising' : 'falling') : 'no-clear-trend',
    trendPValue: test.pValue,
    busiestAreas: perArea.filter((a) => a.count > 0).sort((a, b) => b.count - a.count || (a.areaCode < b.areaCode ? -1 : 1)).slice(0, 3),
  };
}
