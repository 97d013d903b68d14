/**
 * Equal-interval classification: the data range [min, max] cut into classes of equal width. Classes
 * can be empty where the data have gaps; that is the honest picture for this method, so they are kept.
 */

/**
 * The k−1 inner thresholds min + i·(max − min)/k of `sortedFiniteValues` (ascending, finite), strictly
 * ascending. Empty when all values are equal (a zero-width range cannot be cut).
 */
export function equalIntervalThresholds(sortedFiniteValues: readonly number[], classCount: number): number[] {
  const n = sortedFiniteValues.length;
  if (n === 0) return [];
  const min = sortedFiniteValues[0];
  const max = sortedFiniteValues[n - 1];
  if (min === max) return [];
  const thresholds: number[] = [];
  // i·range/k rather than repeated addition of a step, so rounding errors do not accumulate.
  for (let i = 1; i < classCount; i++) thresholds.push(min + ((max - min) * i) / classCount);
  return thresholds;
}
