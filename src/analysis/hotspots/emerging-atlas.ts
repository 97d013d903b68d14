/**
 * The atlas's own emerging hot spot rules (issue 5), kept as a documented alternative to ArcGIS Pro's
 * (emerging-arcgis.ts). For T periods, "mostly" means at least 90% of them. When the final period is hot:
 *   new          — hot in the final period only (cold periods before do not matter);
 *   intensifying — mostly hot and the z-scores rise significantly;
 *   diminishing  — mostly hot and the z-scores fall significantly;
 *   persistent   — mostly hot with no significant trend;
 *   oscillating  — less than mostly hot, and cold in some earlier period;
 *   consecutive  — less than mostly hot, never cold, and the hot periods form one run (≥ 2) ending in the final one;
 *   sporadic     — less than mostly hot, never cold, hot periods broken up.
 * When the final period is cold, the same rules with hot and cold swapped give the "-cold" categories.
 * When the final period is neither: historical-hot (historical-cold) if mostly hot (cold); sporadic-hot
 * (sporadic-cold) if ever hot and never cold (or the reverse); otherwise no-pattern. Where ArcGIS Pro keeps
 * "sporadic" for areas hot in the final period and calls these "no pattern", these rules keep the on-and-off
 * history visible, since an area that flared last spring matters for tension monitoring.
 */
import type { EmergingCategory, EmergingSeries } from './emerging-series';

/** The category of one area's series by the atlas's rules. */
export function classifyAtlas(series: EmergingSeries): EmergingCategory {
  const { sides, mostly } = series;
  const last = sides[sides.length - 1];
  if (last !== 0) return `${finalSidePattern(series, last)}-${last === 1 ? 'hot' : 'cold'}`;
  const hot = sides.filter((side) => side === 1).length;
  const cold = sides.filter((side) => side === -1).length;
  if (hot >= mostly && hot > 0) return 'historical-hot';
  if (cold >= mostly && cold > 0) return 'historical-cold';
  if (hot > 0 && cold === 0) return 'sporadic-hot';
  if (cold > 0 && hot === 0) return 'sporadic-cold';
  return 'no-pattern';
}

/** The pattern of the side (hot: +1, cold: −1) the final period is on. */
function finalSidePattern({ sides, trendZ, trendSignificant, mostly }: EmergingSeries, sign: 1 | -1) {
  const on = sides.map((side) => side === sign);
  const count = on.filter(Boolean).length;
  if (count === 1) return 'new';
  if (count >= mostly) {
    const direction = trendSignificant ? Math.sign(trendZ) * sign : 0;
    return direction > 0 ? 'intensifying' : direction < 0 ? 'diminishing' : 'persistent';
  }
  if (sides.some((side) => side === -sign)) return 'oscillating';
  const firstOn = on.indexOf(true);
  return on.slice(firstOn).every(Boolean) ? 'consecutive' : 'sporadic';
}
