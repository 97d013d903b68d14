/**
 * Emerging hot spot categories by ArcGIS Pro's published rules, the standard an analyst's results are compared
 * against: "How Emerging Hot Spot Analysis works", Esri, ArcGIS Pro tool reference, space-time pattern mining
 * (https://pro.arcgis.com/en/pro-app/latest/tool-reference/space-time-pattern-mining/learnmoreemerging.htm).
 * In Esri's words, summarised, for the hot side (the cold side mirrors it):
 *   new          — a significant hot spot in the final time step that has never been one before;
 *   consecutive  — a single uninterrupted run of at least two hot bins in the final time steps, never hot before
 *                  that run, and less than 90% of all bins hot;
 *   intensifying — hot for 90% of the time steps including the final one, the clustering growing in intensity
 *                  with a statistically significant (Mann-Kendall) increase;
 *   persistent   — hot for 90% of the time steps with no discernible trend in intensity;
 *   diminishing  — hot for 90% of the time steps including the final one, with a significant decrease;
 *   sporadic     — hot in the final time step, on-again then off-again before; less than 90% of the steps hot
 *                  and none cold;
 *   oscillating  — hot in the final time step with a history of being a significant cold spot in an earlier one;
 *                  less than 90% of the steps hot;
 *   historical   — the most recent time step is not hot, but at least 90% of the steps have been;
 *   no pattern   — none of these.
 * Where the published sentences overlap we decide, and say so: the side of the final period is read first, so
 * an area hot in the final period is one of the hot categories and an area cold in it one of the cold ones;
 * a cold spot in the history of a final hot spot makes it oscillating rather than new or consecutive
 * (oscillating is the only category that speaks of a cold past; R's sfdep, which follows the same page, reads
 * new and consecutive so too); historical needs a final period that is neither hot nor cold, and an area whose
 * final period is not significant but that was hot in 90% of them is historical, never persistent (the final
 * period is what historical is about). "90%" is a share of all the periods (h / n ≥ 0.9, rounded up to whole
 * periods); periods without a result are neither hot nor cold.
 */
import type { EmergingCategory, EmergingSeries } from './emerging-series';

/** The category of one area's series by ArcGIS Pro's rules. */
export function classifyArcgisPro(series: EmergingSeries): EmergingCategory {
  const { sides, mostly } = series;
  const last = sides[sides.length - 1];
  if (last !== 0) return `${finalSidePattern(series, last)}-${last === 1 ? 'hot' : 'cold'}`;
  if (sides.filter((side) => side === 1).length >= mostly) return 'historical-hot';
  if (sides.filter((side) => side === -1).length >= mostly) return 'historical-cold';
  return 'no-pattern';
}

/** The pattern of the side (hot: +1, cold: −1) the final period is on. */
function finalSidePattern({ sides, trendZ, trendSignificant, mostly }: EmergingSeries, sign: 1 | -1) {
  const on = sides.map((side) => side === sign);
  const count = on.filter(Boolean).length;
  if (count >= mostly) {
    // Intensifying means moving further from zero: rising z for hot spots, falling z for cold spots.
    const direction = trendSignificant ? Math.sign(trendZ) * sign : 0;
    return direction > 0 ? 'intensifying' : direction < 0 ? 'diminishing' : 'persistent';
  }
  if (sides.some((side) => side === -sign)) return 'oscillating';
  if (count === 1) return 'new';
  const runStart = on.lastIndexOf(false) + 1;
  return on.slice(0, runStart).some(Boolean) ? 'sporadic' : 'consecutive';
}
