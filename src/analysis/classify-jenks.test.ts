import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { jenksThresholds } from './classify-jenks';
import { describeWithSharedData, sharedDataPath } from '../../test/helpers/shared-data';

/** Sum of squared deviations from the mean, computed plainly (test oracle). */
function squaredDeviations(group: readonly number[]): number {
  const mean = group.reduce((a, b) => a + b, 0) / group.length;
  return group.reduce((sum, v) => sum + (v - mean) ** 2, 0);
}

/** Least total within-class squared deviation over every split of sorted values into k non-empty runs. */
function bruteForceBest(sorted: readonly number[], k: number): number {
  let best = Number.POSITIVE_INFINITY;
  const splits = (from: number, classesLeft: number, total: number): void => {
    if (classesLeft === 1) {
      best = Math.min(best, total + squaredDeviations(sorted.slice(from)));
      return;
    }
    for (let end = from + 1; end <= sorted.length - classesLeft + 1; end++) {
      splits(end, classesLeft - 1, total + squaredDeviations(sorted.slice(from, end)));
    }
  };
  splits(0, k, 0);
  return best;
}

/** Total within-class squared deviation of the classes that `thresholds` make (lower <= v < upper). */
function costOfThresholds(sorted: readonly number[], thresholds: readonly number[]): number {
  const bounds = [Number.NEGATIVE_INFINITY, ...thresholds, Number.POSITIVE_INFINITY];
  let total = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const group = sorted.filter((v) => v >= bounds[i] && v < bounds[i + 1]);
    if (group.length > 0) total += squaredDeviations(group);
  }
  return total;
}

describe('jenksThresholds', () => {
  it('finds the obvious natural breaks, each the first value of the class above', () => {
    expect(jenksThresholds([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([10, 20]);
  });

  it('finds the optimum of a small skewed set, checked against brute force over all splits', () => {
    // Classes {0.4..3.7} {6, 6.4, 7.8} {12, 14.1} {22}: squared deviations 7.86 + 1.787 + 2.205 + 0.
    const sorted = [0.4, 1, 1.5, 2.4, 3, 3.7, 6, 6.4, 7.8, 12, 14.1, 22];
    const thresholds = jenksThresholds(sorted, 4);
    expect(thresholds).toEqual([6, 12, 22]);
    expect(costOfThresholds(sorted, thresholds)).toBeCloseTo(7.86 + 1.78667 + 2.205, 4);
    expect(costOfThresholds(sorted, thresholds)).toBeCloseTo(bruteForceBest(sorted, 4), 9);
  });

  it('stays exact for large values where Σx² − (Σx)²/n would lose precision', () => {
    const base = 1e9;
    const sorted = [1, 2, 3, 10, 11, 12, 20, 21, 22].map((v) => base + v);
    expect(jenksThresholds(sorted, 3)).toEqual([base + 10, base + 20]);
  });

  it('never splits a run of equal values, and gives each value its own class when there are few', () => {
    expect(jenksThresholds([5, 5, 7, 7, 7, 9], 4)).toEqual([7, 9]);
    expect(jenksThresholds([0, 0, 0, 0, 1, 1, 2, 9, 9, 10], 3)).toEqual([1, 9]);
    expect(jenksThresholds([3, 3, 3], 3)).toEqual([]);
    expect(jenksThresholds([], 3)).toEqual([]);
  });

  it('property: reaches the brute-force minimum within-class spread', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 11 }),
        fc.integer({ min: 3, max: 5 }),
        (values, classCount) => {
          const sorted = [...values].sort((a, b) => a - b);
          fc.pre(sorted.length >= classCount);
          const cost = costOfThresholds(sorted, jenksThresholds(sorted, classCount));
          expect(cost).toBeCloseTo(bruteForceBest(sorted, classCount), 6);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Least total within-class squared deviation of sorted values in k classes by the plain O(k·m²) dynamic
 * programme over every class start, on the m distinct values weighted by their counts (the reference
 * the divide-and-conquer fill must agree with; equal values never need splitting).
 */
function exhaustiveBest(sorted: readonly number[], k: number): number {
  const values: number[] = [];
  const weights: number[] = [];
  for (const v of sorted) {
    if (values[values.length - 1] === v) {
      weights[weights.length - 1] += 1;
    } else {
      values.push(v);
      weights.push(1);
    }
  }
  const m = values.length;
  let previous: number[] = [];
  for (let c = 0; c < Math.min(k, m); c++) {
    const current = new Array<number>(m).fill(Number.POSITIVE_INFINITY);
    for (let j = c; j < m; j++) {
      // Grow the last class i..j downwards with weighted Welford updates.
      let weight = 0;
      let mean = 0;
      let squares = 0;
      for (let i = j; i >= c; i--) {
        const delta = values[i] - mean;
        weight += weights[i];
        mean += (delta * weights[i]) / weight;
        squares += weights[i] * delta * (values[i] - mean);
        if (c > 0) current[j] = Math.min(current[j], previous[i - 1] + squares);
        else if (i === 0) current[j] = squares;
      }
    }
    previous = current;
  }
  return previous[m - 1];
}

/** Equal to rounding: the two costs are summed in different orders. */
function expectSameCost(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('jenksThresholds on large inputs', () => {
  it('is exact above 5,000 values, where the old sampled version kept the lone maximum as a class', () => {
    // 40,000 skewed whole numbers (seeded), like LSOA populations, with one far outlier on top: sampling
    // every 8th value weighted the maximum eight-fold, so it became a class of its own.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const values = Array.from({ length: 40_000 }, () => Math.round(1000 + 3000 * random() ** 3));
    values.push(9_899);
    const sorted = [...values].sort((a, b) => a - b);
    const thresholds = jenksThresholds(sorted, 5);
    expectSameCost(costOfThresholds(sorted, thresholds), exhaustiveBest(sorted, 5));
    expect(thresholds[thresholds.length - 1]).toBeLessThan(9_899);
  });

  it('keeps tiny class spreads beside a far value (uncompensated prefix sums lost them)', () => {
    const sorted = [3.2596012026013246e-5, ...new Array<number>(9).fill(0), -5e-324, 0, 0, 0, 0, 0, 0, -4096, 0].sort((a, b) => a - b);
    expectSameCost(costOfThresholds(sorted, jenksThresholds(sorted, 3)), exhaustiveBest(sorted, 3));
  });

  it('property: reaches the exhaustive dynamic-programme minimum on continuous values, to rounding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 8, maxLength: 300 }),
        fc.integer({ min: 2, max: 8 }),
        (values, classCount) => {
          const sorted = [...values].sort((a, b) => a - b);
          const best = exhaustiveBest(sorted, classCount);
          // Class costs are differences of sums of squares: two partitions whose costs differ by less than
          // the rounding of those sums (e.g. 0.02 apart at 1,000,000) cannot be told apart by any method in
          // doubles, so the tolerance grows with the spread of the values.
          const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
          const spread = sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0);
          const actual = costOfThresholds(sorted, jenksThresholds(sorted, classCount));
          expect(Math.abs(actual - best)).toBeLessThanOrEqual(Math.max(1e-9 * Math.max(1, Math.abs(best)), 1e-15 * spread));
        },
      ),
      { numRuns: 60, examples: [[[999999.9477520015, 999999.9676276562, 0, 0, 0, 0, 0, 0, -5e-324, 5e-324], 3]] },
    );
  });
});

describe('classify: natural breaks', () => {
  it('builds the whole classification from the breaks', () => {
    expect(classify([22, 21, 20, 12, 11, 10, 3, 2, 1, null], { method: 'jenks', classCount: 3, paletteId: 'Blues' })).toEqual({
      method: 'jenks',
      paletteId: 'Blues',
      thresholds: [10, 20],
      bins: [
        { lower: 1, upper: 10, color: '#deebf7', count: 3 },
        { lower: 10, upper: 20, color: '#9ecae1', count: 3 },
        { lower: 20, upper: 22, color: '#3182bd', count: 3 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 1,
      min: 1,
      max: 22,
    });
  });
});

interface ClassIntReference {
  n: number;
  fisher: { classCount: number; breaks: number[]; counts: number[] }[];
}

const TS001 = 'indicators/census2021-ts001-lsoa.csv';

describeWithSharedData('natural breaks against R classInt on real data', [TS001], () => {
  // Made once by test/fixtures/classint/ts001-fisher.R (R classInt, style = "fisher", no sampling).
  const reference = JSON.parse(readFileSync(new URL('../../test/fixtures/classint/ts001-fisher.json', import.meta.url), 'utf8')) as ClassIntReference;
  const table = Papa.parse<Record<string, string>>(readFileSync(sharedDataPath(TS001), 'utf8'), { header: true, skipEmptyLines: true });
  const populations = table.data.map((row) => Number(row['Residence type: Total; measures: Value']));

  it.each(reference.fisher.map((r) => [r.classCount, r] as const))('TS001 LSOA populations in %i classes: the same classes as R', (classCount, expected) => {
    expect(populations.length).toBe(reference.n);
    const result = classify(populations, { method: 'jenks', classCount, paletteId: 'Blues' });
    expect(result.bins.map((bin) => bin.count)).toEqual(expected.counts);
    // classInt puts each inner break midway between two classes; ours is the lowest value above it.
    const sorted = [...populations].sort((a, b) => a - b);
    expect(result.thresholds).toEqual(expected.breaks.slice(1, -1).map((b) => sorted.find((v) => v > b)));
  });
});
