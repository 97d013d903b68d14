import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { JENKS_SAMPLE_SIZE, jenksThresholds, sampleSorted } from './classify-jenks';

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

describe('sampleSorted and large inputs', () => {
  it('picks evenly spaced ranks, keeping the first and last', () => {
    expect(sampleSorted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6)).toEqual([0, 2, 4, 6, 8, 10]);
    const short = [1, 2, 3];
    expect(sampleSorted(short, 5)).toBe(short);
  });

  it('classifies more than JENKS_SAMPLE_SIZE values from the sample, deterministically', () => {
    // Three well-separated clusters with a deterministic spread inside each.
    const values = Array.from({ length: 3 * JENKS_SAMPLE_SIZE }, (_, i) => (i % 3) * 1000 + ((i * 7919) % 101));
    const sorted = [...values].sort((a, b) => a - b);
    const thresholds = jenksThresholds(sorted, 3);
    expect(thresholds).toEqual(jenksThresholds(sampleSorted(sorted, JENKS_SAMPLE_SIZE), 3));
    expect(thresholds).toEqual([1000, 2000]);
    const result = classify(values, { method: 'jenks', classCount: 3, paletteId: 'Greens' });
    expect(result.bins.map((bin) => bin.count)).toEqual([JENKS_SAMPLE_SIZE, JENKS_SAMPLE_SIZE, JENKS_SAMPLE_SIZE]);
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
