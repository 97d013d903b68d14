/**
 * Quantile classification, the same thresholds as d3 `scaleQuantile` / Observable Plot's quantile
 * scale: the k-quantiles of the data, each interpolated between neighbouring sorted values (R-7, as
 * d3 `quantileSorted`). Classes hold equal numbers of areas up to ±1 when the values are distinct and
 * there are more values than classes.
 *
 * Ties: a run of equal values cannot be split between classes, so several quantiles can land on the
 * same value. Those duplicate thresholds (and any equal to the minimum, which would open an empty
 * first class) are collapsed by `classify`, leaving fewer, non-duplicate classes rather than empty ones.
 */

/**
 * The k−1 inner quantile thresholds of `sortedFiniteValues` (ascending, finite) for `classCount`
 * classes, before duplicate collapsing; non-decreasing. Empty when there are fewer than two distinct
 * values (nothing to split).
 */
export function quantileThresholds(sortedFiniteValues: readonly number[], classCount: number): number[] {
  const n = sortedFiniteValues.length;
  if (n === 0 || sortedFiniteValues[0] === sortedFiniteValues[n - 1]) return [];
  const thresholds: number[] = [];
  for (let i = 1; i < classCount; i++) thresholds.push(quantileSorted(sortedFiniteValues, i / classCount));
  return thresholds;
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending finite values by linear interpolation (R-7, d3's choice). */
export function quantileSorted(sortedFiniteValues: readonly number[], p: number): number {
  const n = sortedFiniteValues.length;
  if (n === 0) throw new Error('quantileSorted needs at least one value');
  if (p <= 0 || n === 1) return sortedFiniteValues[0];
  if (p >= 1) return sortedFiniteValues[n - 1];
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const low = sortedFiniteValues[below];
  const high = sortedFiniteValues[below + 1];
  return low + (high - low) * (position - below);
}
