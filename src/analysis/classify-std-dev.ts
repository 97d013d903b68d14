/**
 * Standard-deviation classification: classes one (population) standard deviation wide, centred on the
 * mean. For an even class count the mean is a break (6 classes: < −2 SD, −2..−1, −1..0, 0..1, 1..2,
 * ≥ 2 SD); for an odd count a middle class spans −0.5..+0.5 SD (5 classes: < −1.5, −1.5..−0.5,
 * −0.5..0.5, 0.5..1.5, ≥ 1.5 SD). The outer classes are open-ended.
 *
 * Thresholds that fall outside the data range are returned as computed; `classify` drops the classes
 * that would then lie wholly beyond the data min/max (so a skewed distribution can show fewer classes
 * than requested) and keeps each remaining class's colour from its position in the requested scheme,
 * so the mean stays at the palette's centre.
 */

/** Mean and population standard deviation (divides by n) of finite values; two-pass for accuracy. */
export function meanAndStandardDeviation(values: readonly number[]): { mean: number; standardDeviation: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, standardDeviation: Number.NaN };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, standardDeviation: Math.sqrt(squares / n) };
}

/**
 * The k−1 thresholds mean + (i − (k − 2)/2)·SD for i = 0..k−2, strictly ascending, possibly outside
 * the data range. Empty when all values are equal (SD = 0).
 */
export function stdDevThresholds(sortedFiniteValues: readonly number[], classCount: number): number[] {
  const n = sortedFiniteValues.length;
  if (n === 0 || sortedFiniteValues[0] === sortedFiniteValues[n - 1]) return [];
  const { mean, standardDeviation } = meanAndStandardDeviation(sortedFiniteValues);
  if (!(standardDeviation > 0)) return [];
  const thresholds: number[] = [];
  for (let i = 0; i <= classCount - 2; i++) thresholds.push(mean + (i - (classCount - 2) / 2) * standardDeviation);
  return thresholds;
}
