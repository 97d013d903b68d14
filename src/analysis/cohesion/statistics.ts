/**
 * Summary statistics over the areas that have data. Throughout src/analysis/cohesion a value per area is a
 * number, and NaN (or any non-finite number) means "no data" for that area, never 0.
 */

/** True when `value` is data: a finite number. NaN and ±Infinity mean no data. */
export function hasValue(value: number): boolean {
  return Number.isFinite(value);
}

/** Count, mean and population standard deviation (divide by n) of the areas with data; NaN when none. */
export interface ValueSummary {
  count: number;
  mean: number;
  stdDev: number;
}

/**
 * Summarises the finite values. The standard deviation is the population one (÷ n, not n − 1): the areas
 * are the whole district, not a sample of it. Two passes (mean, then squared deviations) for accuracy;
 * exactly 0 when all values are equal (the rounded mean of equal values can differ from them slightly).
 */
export function summariseValues(values: ArrayLike<number>): ValueSummary {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!hasValue(values[i])) continue;
    count += 1;
    sum += values[i];
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  if (count === 0) return { count, mean: NaN, stdDev: NaN };
  if (min === max) return { count, mean: min, stdDev: 0 };
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < values.length; i++) if (hasValue(values[i])) squares += (values[i] - mean) ** 2;
  return { count, mean, stdDev: Math.sqrt(squares / count) };
}

/** Throws when parallel per-area arrays differ in length: a programmer error, not bad user data. */
export function assertSameLength(expected: number, arrays: Record<string, ArrayLike<unknown> | undefined>): void {
  for (const [name, array] of Object.entries(arrays)) {
    if (array !== undefined && array.length !== expected) throw new Error(`${name} has ${array.length} values but there are ${expected} areas`);
  }
}
