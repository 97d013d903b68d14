/**
 * Benchmarks for one indicator, as the cohesion mapping guide reads them: each area against the district
 * average, its rank, and its change since the previous period.
 */
import { rankValues } from './ranking';
import { assertSameLength, hasValue } from './statistics';

/** Options for `benchmarkIndicator`. */
export interface BenchmarkOptions {
  /**
   * Residents per area, for a population-weighted average (a rate's district value). Areas with data but
   * without a finite population ≥ 0 are left out of a weighted average (they are still ranked).
   */
  populations?: ArrayLike<number>;
  /** The same indicator in the previous period, parallel to the values, for change since then. */
  previous?: ArrayLike<number>;
}

/** An average and how many areas it is over. `average` is NaN when no area counts. */
export interface DistrictAverage {
  average: number;
  areaCount: number;
}

/** Change per area since the previous period; NaN where either period has no data. */
export interface PeriodChange {
  /** value − previous, in the indicator's units. */
  change: Float64Array;
  /** 100 × change ÷ |previous|; NaN also where previous is 0 (no percentage of nothing). */
  changePercent: Float64Array;
}

/** One indicator benchmarked: per-area arrays parallel to the input, NaN = no data. */
export interface IndicatorBenchmark extends PeriodChange {
  average: number;
  /** Areas in the average (with data, and with a population when weighted). */
  averageAreaCount: number;
  weighted: boolean;
  /** The previous period's average by the same rule (weighted by the same populations); NaN without one. */
  previousAverage: number;
  /** value − average. */
  differenceFromAverage: Float64Array;
  /** 1 = highest value; ties share the smallest rank ("1224"). */
  ranks: Float64Array;
}

/**
 * The district average: the mean over areas with data, or with `populations` the population-weighted
 * mean Σ p·v ÷ Σ p over areas with both (NaN when the populations add up to 0).
 */
export function districtAverage(values: ArrayLike<number>, populations?: ArrayLike<number>): DistrictAverage {
  assertSameLength(values.length, { populations });
  let sum = 0;
  let totalWeight = 0;
  let areaCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (!hasValue(values[i])) continue;
    const weight = populations ? populations[i] : 1;
    if (!hasValue(weight) || weight < 0) continue;
    sum += weight * values[i];
    totalWeight += weight;
    areaCount += 1;
  }
  return { average: totalWeight > 0 ? sum / totalWeight : NaN, areaCount };
}

/** Absolute and percent change per area from `previous` to `current`. */
export function changeSincePrevious(current: ArrayLike<number>, previous: ArrayLike<number>): PeriodChange {
  assertSameLength(current.length, { previous });
  const change = new Float64Array(current.length).fill(NaN);
  const changePercent = new Float64Array(current.length).fill(NaN);
  for (let i = 0; i < current.length; i++) {
    if (!hasValue(current[i]) || !hasValue(previous[i])) continue;
    change[i] = current[i] - previous[i];
    if (previous[i] !== 0) changePercent[i] = (100 * change[i]) / Math.abs(previous[i]);
  }
  return { change, changePercent };
}

/** Benchmarks `values` (one per area): district average, difference from it, rank and change since the previous period. */
export function benchmarkIndicator(values: ArrayLike<number>, options: BenchmarkOptions = {}): IndicatorBenchmark {
  assertSameLength(values.length, { populations: options.populations, previous: options.previous });
  const { average, areaCount } = districtAverage(values, options.populations);
  const differenceFromAverage = new Float64Array(values.length).fill(NaN);
  for (let i = 0; i < values.length; i++) if (hasValue(values[i])) differenceFromAverage[i] = values[i] - average;
  const change = options.previous
    ? changeSincePrevious(values, options.previous)
    : { change: new Float64Array(values.length).fill(NaN), changePercent: new Float64Array(values.length).fill(NaN) };
  return {
    average,
    averageAreaCount: areaCount,
    weighted: options.populations !== undefined,
    previousAverage: options.previous ? districtAverage(options.previous, options.populations).average : NaN,
    differenceFromAverage,
    ranks: rankValues(values, 'highest-first'),
    ...change,
  };
}
