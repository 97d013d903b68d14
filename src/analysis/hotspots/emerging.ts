/**
 * Emerging hot spots (issue 5): how each area's Gi* hot/cold spot status changed over the periods, with a
 * Mann-Kendall trend test on its z-score series, after ArcGIS "Emerging Hot Spot Analysis". Two rule sets
 * turn that history into a category: ArcGIS Pro's published rules (emerging-arcgis.ts, the default, the standard
 * an analyst is compared against) and the atlas's own earlier rules (emerging-atlas.ts, which keep an on-and-off
 * history visible when the final period is quiet). A period is hot when its class is a hot spot at ≥ 90%
 * confidence (bin ≥ 1, so an FDR binning carries through), cold when a cold spot (bin ≤ −1); periods without a
 * result are neither, and their NaN z-scores are left out of the trend test.
 */
import type { SpatialWeights } from '../../geo/contiguity';
import { computeGiStar, type GiStarOptions, type GiStarResult } from './gi-star';
import { NO_RESULT_BIN } from './hotspot-bins';
import { mannKendall } from './mann-kendall';
import { classifyArcgisPro } from './emerging-arcgis';
import { classifyAtlas } from './emerging-atlas';
import type { EmergingCategory, EmergingRules } from './emerging-series';
export { EMERGING_RULES, isEmergingRules, type EmergingCategory, type EmergingRules } from './emerging-series';

/** English legend words per category (the interface translates by the category key). */
export const EMERGING_CATEGORY_LABELS: Readonly<Record<EmergingCategory, string>> = {
  'new-hot': 'New hot spot', 'consecutive-hot': 'Consecutive hot spot', 'intensifying-hot': 'Intensifying hot spot',
  'persistent-hot': 'Persistent hot spot', 'diminishing-hot': 'Diminishing hot spot', 'sporadic-hot': 'Sporadic hot spot',
  'oscillating-hot': 'Oscillating hot spot', 'historical-hot': 'Historical hot spot',
  'new-cold': 'New cold spot', 'consecutive-cold': 'Consecutive cold spot', 'intensifying-cold': 'Intensifying cold spot',
  'persistent-cold': 'Persistent cold spot', 'diminishing-cold': 'Diminishing cold spot', 'sporadic-cold': 'Sporadic cold spot',
  'oscillating-cold': 'Oscillating cold spot', 'historical-cold': 'Historical cold spot',
  'no-pattern': 'No pattern detected',
};

/** Options of `classifyEmergingHotspots`. */
export interface EmergingOptions {
  /** Share of periods that makes an area "mostly" hot or cold (default 0.9, as ArcGIS). */
  persistentShare?: number;
  /** Significance level of the Mann-Kendall trend (default 0.05). */
  trendAlpha?: number;
  /** The rule set (default ArcGIS Pro's). */
  rules?: EmergingRules;
}

/** Category and z-score trend per area. */
export interface EmergingHotspots {
  categories: EmergingCategory[];
  /** Mann-Kendall z of each area's Gi* z-score series (positive: rising). */
  trendZ: Float64Array;
  trendPValue: Float64Array;
}

/**
 * Gi* for every period of an area-major count table (`counts[area × periodCount + period]`, the layout of
 * `IncidentCounts.byAreaPeriod`), one result per period, ready for `classifyEmergingHotspots`.
 */
export function computeGiStarByPeriod(counts: ArrayLike<number>, periodCount: number, weights: SpatialWeights, options: GiStarOptions = {}): GiStarResult[] {
  const areaCount = weights.areaCount;
  if (counts.length !== areaCount * periodCount) throw new Error(`computeGiStarByPeriod: ${counts.length} counts for ${areaCount} areas × ${periodCount} periods`);
  return Array.from({ length: periodCount }, (_, period) => {
    const values = new Float64Array(areaCount);
    for (let area = 0; area < areaCount; area++) values[area] = counts[area * periodCount + period];
    return computeGiStar(values, weights, options);
  });
}

/**
 * Classifies each area from its per-period Gi* results (`periods[t]` for period t, oldest first, all over the
 * same areas) by the chosen rules (ArcGIS Pro's unless `options.rules` says 'atlas').
 */
export function classifyEmergingHotspots(periods: ReadonlyArray<Pick<GiStarResult, 'zScores' | 'bins'>>, options: EmergingOptions = {}): EmergingHotspots {
  const periodCount = periods.length;
  if (periodCount === 0) throw new Error('classifyEmergingHotspots: no periods');
  const areaCount = periods[0].zScores.length;
  const mostly = Math.ceil((options.persistentShare ?? 0.9) * periodCount - 1e-9);
  const alpha = options.trendAlpha ?? 0.05;
  const classify = (options.rules ?? 'arcgis-pro') === 'arcgis-pro' ? classifyArcgisPro : classifyAtlas;
  const categories: EmergingCategory[] = [];
  const trendZ = new Float64Array(areaCount);
  const trendPValue = new Float64Array(areaCount);
  const series = new Float64Array(periodCount);
  for (let area = 0; area < areaCount; area++) {
    const bins = periods.map((period) => period.bins[area]);
    for (let t = 0; t < periodCount; t++) series[t] = periods[t].zScores[area];
    const trend = mannKendall(series);
    trendZ[area] = trend.z;
    trendPValue[area] = trend.pValue;
    const sides = bins.map((bin): 1 | -1 | 0 => (bin === NO_RESULT_BIN ? 0 : bin >= 1 ? 1 : bin <= -1 ? -1 : 0));
    categories.push(classify({ sides, trendZ: trend.z, trendSignificant: trend.pValue < alpha, mostly }));
  }
  return { categories, trendZ, trendPValue };
}
