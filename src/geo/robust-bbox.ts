/** A bounding box that ignores stray outliers (e.g. a few police.uk points snapped hundreds of km away). */
import type { BBox } from '../types';

function quantileOfSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** The box between the `trim` and `1 - trim` quantiles of longitude and latitude (trim 0 = full extent). */
export function robustBBox(lng: Float64Array, lat: Float64Array, trim = 0.005): BBox {
  if (lng.length === 0) return [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  const xs = Float64Array.from(lng).sort();
  const ys = Float64Array.from(lat).sort();
  return [quantileOfSorted(xs, trim), quantileOfSorted(ys, trim), quantileOfSorted(xs, 1 - trim), quantileOfSorted(ys, 1 - trim)];
}
