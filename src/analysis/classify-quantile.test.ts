import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { quantileSorted, quantileThresholds } from './classify-quantile';

describe('quantileSorted', () => {
  it('interpolates between neighbouring ranks like d3.quantileSorted (R-7)', () => {
    const values = [1, 2, 3, 4];
    expect([0, 0.25, 0.5, 1, -1, 2].map((p) => quantileSorted(values, p))).toEqual([1, 1.75, 2.5, 4, 1, 4]);
    expect(quantileSorted([7], 0.5)).toBe(7);
    expect(() => quantileSorted([], 0.5)).toThrow(/at least one value/);
  });
});

describe('quantileThresholds', () => {
  it('puts the k-quantiles on data values when the ranks fall on whole positions', () => {
    const values = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(quantileThresholds(values, 5)).toEqual([20, 40, 60, 80]);
  });

  it('interpolates k-quantiles between values', () => {
    expect(quantileThresholds([0, 1, 2, 3, 4, 5, 6], 4)).toEqual([1.5, 3, 4.5]);
  });

  it('returns repeated thresholds for ties (collapsed later by classify) and none for constant data', () => {
    expect(quantileThresholds([1, 1, 1, 1, 1, 1, 2, 3, 4, 5], 4)).toEqual([1, 1, 2.75]);
    expect(quantileThresholds([4, 4, 4], 5)).toEqual([]);
    expect(quantileThresholds([], 5)).toEqual([]);
  });
});

describe('classify: quantile', () => {
  it('gives equal-sized classes on evenly spread values', () => {
    const values = [100, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90];
    expect(classify(values, { method: 'quantile', classCount: 5, paletteId: 'YlOrRd' })).toEqual({
      method: 'quantile',
      paletteId: 'YlOrRd',
      thresholds: [20, 40, 60, 80],
      bins: [
        { lower: 0, upper: 20, color: '#ffffb2', count: 2 },
        { lower: 20, upper: 40, color: '#fecc5c', count: 2 },
        { lower: 40, upper: 60, color: '#fd8d3c', count: 2 },
        { lower: 60, upper: 80, color: '#f03b20', count: 2 },
        { lower: 80, upper: 100, color: '#bd0026', count: 3 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 0,
      min: 0,
      max: 100,
    });
  });

  it('collapses thresholds repeated by ties, and one at the minimum, into fewer classes', () => {
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    expect(classify(values, { method: 'quantile', classCount: 4, paletteId: 'Blues' })).toEqual({
      method: 'quantile',
      paletteId: 'Blues',
      thresholds: [2.75],
      bins: [
        { lower: 1, upper: 2.75, color: '#deebf7', count: 7 },
        { lower: 2.75, upper: 5, color: '#3182bd', count: 3 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 0,
      min: 1,
      max: 5,
    });
  });

  it('keeps a top class of values equal to the maximum', () => {
    const result = classify([0, 5, 5, 5, 5, 5], { method: 'quantile', classCount: 3, paletteId: 'Blues' });
    expect({ thresholds: result.thresholds, counts: result.bins.map((b) => b.count) }).toEqual({
      thresholds: [5],
      counts: [1, 5],
    });
  });

  it('property: with more distinct values than classes, no class is empty and sizes differ by at most one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 10, maxLength: 300 }),
        fc.integer({ min: 3, max: 9 }),
        (values, classCount) => {
          fc.pre(values.length > classCount);
          const counts = classify(values, { method: 'quantile', classCount, paletteId: 'Blues' }).bins.map((b) => b.count);
          expect(counts).toHaveLength(classCount);
          expect(Math.min(...counts)).toBeGreaterThan(0);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
