/**
 * Emerging hot spots (issue 5): how each area's Gi* hot/cold spot status changed over the periods, after the
 * categories of ArcGIS "Emerging Hot Spot Analysis", with a Mann-Kendall trend test on the z-score series.
 *
 * Rules, for T periods; a period is hot when its class is a hot spot at ≥ 90% confidence (bin ≥ 1, so an FDR
 * binning carries through), cold when a cold spot (bin ≤ −1); h and c count hot and cold periods; "mostly"
 * means at least `persistentShare` (90%) of the T periods; the trend is significant when Mann-Kendall p < α.
 * When the final period is hot:
 *   new          — hot in the final period only (h = 1);
 *   intensifying — mostly hot and the z-scores rise significantly;
 *   diminishing  — mostly hot and the z-scores fall significantly;
 *   persistent   — mostly hot with no significant trend;
 *   oscillating  — less than mostly hot, and cold in some earlier period;
 *   consecutive  — less than mostly hot, never cold, and the hot periods form one run (≥ 2) ending in the final one;
 *   sporadic     — less than mostly hot, never cold, hot periods broken up.
 * When the final period is cold, the same rules with hot and cold swapped give the "-cold" categories.
 * When the final period is neither: historical-hot (historical-cold) if mostly hot (cold); sporadic-hot
 * (sporadic-cold) if ever hot and never cold (or the reverse); otherwise no-pattern. (ArcGIS Pro keeps
 * "sporadic" for areas hot in the final period and calls these "no pattern"; we keep the on-and-off history
 * visible, since an area that flared last spring matters for tension monitoring.)
 * Periods without a result count as neither hot nor cold; their NaN z-scores are left out of the trend test.
 */
import type { SpatialWeights } from '../../geo/contiguity';
import { computeGiStar, type GiStarOptions, type GiStarResult } from './gi-star';
import { NO_RESULT_BIN } from './hotspot-bins';
import { mannKendall } from './mann-kendall';

type Pattern = 'new' | 'consecutive' | 'intensifying' | 'persistent' | 'diminishing' | 'sporadic' | 'oscillating' | 'historical';

/** An area's category: a pattern and the side it is on, or no pattern. */
export type EmergingCategory = `${Pattern}-hot` | `${Pattern}-cold` | 'no-pattern';

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

/** The pattern of one side (hot: sign +1, cold: −1) when the final period is on that side. */
function finalSidePattern(bins: number[], sign: 1 | -1, trendZ: number, trendP: number, mostly: number, alpha: number): Pattern {
  const on = bins.map((bin) => bin !== NO_RESULT_BIN && bin * sign >= 1);
  const off = bins.map((bin) => bin !== NO_RESULT_BIN && bin * sign <= -1);
  const count = on.filter(Boolean).length;
  if (count === 1) return 'new';
  if (count >= mostly) {
    // Intensifying means moving further from zero: rising z for hot spots, falling z for cold spots.
    const direction = trendP < alpha ? Math.sign(trendZ) * sign : 0;
    return direction > 0 ? 'intensifying' : direction < 0 ? 'diminishing' : 'persistent';
  }
  if (off.some(Boolean)) return 'oscillating';
  const firstOn = on.indexOf(true);
  return on.slice(firstOn).every(Boolean) ? 'consecutive' : 'sporadic';
}

/**
 * Classifies each area from its per-period Gi* results (`periods[t]` for period t, oldest first, all over the
 * same areas) by the rules in this file's header comment.
 */
export function classifyEmergingHotspots(periods: ReadonlyArray<Pick<GiStarResult, 'zScores' | 'bins'>>, options: EmergingOptions = {}): EmergingHotspots {
  const periodCount = periods.length;
  if (periodCount === 0) throw new Error('classifyEmergingHotspots: no periods');
  const areaCount = periods[0].zScores.length;
  const mostly = Math.ceil((options.persistentShare ?? 0.9) * periodCount - 1e-9);
  const alpha = options.trendAlpha ?? 0.05;
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
    const last = bins[periodCount - 1];
    const hot = bins.filter((bin) => bin >= 1).length;
    const cold = bins.filter((bin) => bin <= -1 && bin !== NO_RESULT_BIN).length;
    let category: EmergingCategory;
    if (last >= 1) category = `${finalSidePattern(bins, 1, trend.z, trend.pValue, mostly, alpha)}-hot`;
    else if (last <= -1 && last !== NO_RESULT_BIN) category = `${finalSidePattern(bins, -1, trend.z, trend.pValue, mostly, alpha)}-cold`;
    else if (hot >= mostly && hot > 0) category = 'historical-hot';
    else if (cold >= mostly && cold > 0) category = 'historical-cold';
    else if (hot > 0 && cold === 0) category = 'sporadic-hot';
    else if (cold > 0 && hot === 0) category = 'sporadic-cold';
    else category = 'no-pattern';
    categories.push(category);
  }
  return { categories, trendZ, trendPValue };
}
