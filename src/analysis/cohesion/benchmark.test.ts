import { describe, expect, it } from 'vitest';
import { benchmarkIndicator, changeSincePrevious, districtAverage } from './benchmark';

describe('benchmarkIndicator', () => {
  it('benchmarks against the plain district average, ranks highest-first and measures change', () => {
    const values = [10, 20, NaN, 30, 40];
    const previous = [8, 20, 5, 0, NaN];
    expect(benchmarkIndicator(values, { previous })).toEqual({
      average: 25,
      averageAreaCount: 4,
      weighted: false,
      previousAverage: (8 + 20 + 5 + 0) / 4,
      differenceFromAverage: new Float64Array([-15, -5, NaN, 5, 15]),
      ranks: new Float64Array([4, 3, NaN, 2, 1]),
      change: new Float64Array([2, 0, NaN, 30, NaN]),
      // 30 from 0 has no percent change
      changePercent: new Float64Array([25, 0, NaN, NaN, NaN]),
    });
  });

  it('weights the average by population, leaving out areas without a population', () => {
    const values = [10, 20, NaN, 30, 40];
    const populations = [100, 300, 50, NaN, 100];
    const expected = (10 * 100 + 20 * 300 + 40 * 100) / (100 + 300 + 100);
    expect(benchmarkIndicator(values, { populations })).toEqual({
      average: expected,
      averageAreaCount: 3,
      weighted: true,
      previousAverage: NaN,
      differenceFromAverage: new Float64Array([10 - expected, 20 - expected, NaN, 30 - expected, 40 - expected]),
      ranks: new Float64Array([4, 3, NaN, 2, 1]),
      change: new Float64Array([NaN, NaN, NaN, NaN, NaN]),
      changePercent: new Float64Array([NaN, NaN, NaN, NaN, NaN]),
    });
  });

  it('shares the smallest rank between tied areas', () => {
    expect(benchmarkIndicator([7, 9, 7, 9, 1]).ranks).toEqual(new Float64Array([3, 1, 3, 1, 5]));
  });

  it('throws when the previous period has another number of areas', () => {
    expect(() => benchmarkIndicator([1, 2], { previous: [1] })).toThrow('previous has 1 values but there are 2 areas');
  });
});

describe('districtAverage and changeSincePrevious', () => {
  it('gives NaN for no data or zero total population', () => {
    expect(districtAverage([NaN, NaN])).toEqual({ average: NaN, areaCount: 0 });
    expect(districtAverage([3, 4], [0, 0])).toEqual({ average: NaN, areaCount: 2 });
  });

  it('takes percent change against the size of a negative previous value', () => {
    expect(changeSincePrevious([-2, -6], [-4, -4])).toEqual({ change: new Float64Array([2, -2]), changePercent: new Float64Array([50, -50]) });
  });
});
