/**
 * Choropleth classification: values in, one `Classification` out. The map paint, the legend and the
 * tooltips all read that one object, so the class count lives nowhere else.
 *
 * Rules shared by every method (each method's own file documents its thresholds):
 * - null, NaN and ±Infinity are "no data": counted in `noDataCount`, never in a class.
 * - `classCount` is rounded and clamped to 3–9 (manual: the number of breaks + 1 decides).
 * - Bins are `lower <= v < upper`, the last one also includes its upper bound. The first bin's lower
 *   bound is the data minimum and the last bin's upper bound the data maximum.
 * - Thresholds outside (min, max] and repeated thresholds are dropped, so no bin lies beyond the data
 *   and ties never produce duplicate empty classes. Fewer classes than requested can result.
 * - All values equal: one bin [v, v] holding every value (nothing to split).
 * - No finite values at all: zero bins, `min` and `max` are NaN, everything is `noDataCount`.
 * - Colours: quantile, equal interval and natural breaks take a full ramp for the classes that remain;
 *   standard deviation and manual keep each class's colour from its position among the requested
 *   classes (mean at the palette centre; a manual band always has the same colour).
 */
import type { Classification, ClassificationOptions, ClassBin } from '../types';
import { equalIntervalThresholds } from './classify-equal-interval';
import { jenksThresholds } from './classify-jenks';
import { manualThresholds } from './classify-manual';
import { quantileThresholds } from './classify-quantile';
import { stdDevThresholds } from './classify-std-dev';
import { NO_DATA_COLOR, clampClassCount, classColors, getPalette } from './palettes';

/** Classifies `values` (one per area; null or non-finite means no data) as `options` ask. */
export function classify(values: ReadonlyArray<number | null>, options: ClassificationOptions): Classification {
  getPalette(options.paletteId); // an unknown palette is a programmer error: fail before any work
  const sorted = sortedFiniteValues(values);
  const noDataCount = values.length - sorted.length;
  const base = { method: options.method, paletteId: options.paletteId, noDataColor: NO_DATA_COLOR, noDataCount };
  if (sorted.length === 0) return { ...base, thresholds: [], bins: [], min: Number.NaN, max: Number.NaN };

  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const requested = requestedThresholds(sorted, options);
  const thresholds = thresholdsWithinData(requested, min, max);
  const counts = new Array<number>(thresholds.length + 1).fill(0);
  for (const value of sorted) counts[indexAmongThresholds(thresholds, value)] += 1;

  const lowers = [min, ...thresholds];
  const colors = binColors(options, requested, lowers);
  const bins: ClassBin[] = lowers.map((lower, i) => ({
    lower,
    upper: i < thresholds.length ? thresholds[i] : max,
    color: colors[i],
    count: counts[i],
  }));
  return { ...base, thresholds, bins, min, max };
}

/**
 * The bin index of `value` in `classification`, or −1 for no data (null, NaN, ±Infinity) or when there
 * are no bins. Uses the same rule as the bin counts; values outside the classified range fall into the
 * nearest end class (useful for tooltips on values that were not part of the classified set).
 */
export function classIndexOf(classification: Classification, value: number | null): number {
  if (value === null || !Number.isFinite(value) || classification.bins.length === 0) return -1;
  return indexAmongThresholds(classification.thresholds, value);
}

/**
 * The finite values of `values`, ascending (a fresh array). Negative zero becomes zero: the two sort as
 * equal, so keeping −0 would make the minimum or maximum depend on input order and a legend could read "−0".
 */
export function sortedFiniteValues(values: ReadonlyArray<number | null>): number[] {
  const finite: number[] = [];
  for (const value of values) if (value !== null && Number.isFinite(value)) finite.push(value === 0 ? 0 : value);
  return finite.sort((a, b) => a - b);
}

function requestedThresholds(sorted: readonly number[], options: ClassificationOptions): number[] {
  const classCount = clampClassCount(options.classCount);
  switch (options.method) {
    case 'quantile':
      return quantileThresholds(sorted, classCount);
    case 'equal-interval':
      return equalIntervalThresholds(sorted, classCount);
    case 'jenks':
      return jenksThresholds(sorted, classCount);
    case 'std-dev':
      return stdDevThresholds(sorted, classCount);
    case 'manual':
      return manualThresholds(options.manualBreaks);
    default:
      throw new Error(`Unknown classification method ${String(options.method satisfies never)}`);
  }
}

/** Keeps thresholds t with min < t <= max, strictly ascending (drops repeats). */
function thresholdsWithinData(requested: readonly number[], min: number, max: number): number[] {
  const kept: number[] = [];
  for (const threshold of requested) {
    if (threshold <= min || threshold > max) continue;
    if (kept.length > 0 && threshold <= kept[kept.length - 1]) continue;
    kept.push(threshold);
  }
  return kept;
}

/** Number of thresholds <= value: the bin index under the `lower <= v < upper` rule. */
function indexAmongThresholds(thresholds: readonly number[], value: number): number {
  let low = 0;
  let high = thresholds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (thresholds[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function binColors(options: ClassificationOptions, requested: readonly number[], lowers: readonly number[]): string[] {
  const positional = options.method === 'std-dev' || options.method === 'manual';
  if (!positional || requested.length === 0) return classColors(options.paletteId, lowers.length, options.reversed);
  const scheme = classColors(options.paletteId, requested.length + 1, options.reversed);
  return lowers.map((lower) => scheme[indexAmongThresholds(requested, lower)]);
}
