import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { meanAndStandardDeviation, stdDevThresholds } from './classify-std-dev';

// Mean 5, population standard deviation 2.
const VALUES = [2, 4, 4, 4, 5, 5, 7, 9];

describe('meanAndStandardDeviation', () => {
  it('uses the population standard deviation', () => {
    expect(meanAndStandardDeviation(VALUES)).toEqual({ mean: 5, standardDeviation: 2 });
    expect(meanAndStandardDeviation([])).toEqual({ mean: Number.NaN, standardDeviation: Number.NaN });
  });
});

describe('stdDevThresholds', () => {
  it('puts the mean on a break for an even class count', () => {
    expect(stdDevThresholds(VALUES, 6)).toEqual([1, 3, 5, 7, 9]);
    expect(stdDevThresholds(VALUES, 4)).toEqual([3, 5, 7]);
  });

  it('centres a class one SD wide on the mean for an odd class count', () => {
    expect(stdDevThresholds(VALUES, 5)).toEqual([2, 4, 6, 8]);
    expect(stdDevThresholds(VALUES, 3)).toEqual([4, 6]);
  });

  it('returns no thresholds for constant data', () => {
    expect(stdDevThresholds([0.1, 0.1, 0.1], 5)).toEqual([]);
  });
});

describe('classify: standard deviation', () => {
  it('drops classes beyond the data range and keeps colours by position (6 classes)', () => {
    // RdBu for 6 classes: #b2182b #ef8a62 #fddbc7 #d1e5f0 #67a9cf #2166ac; the "< −2 SD" class (below 1)
    // is empty beyond the minimum 2, so the first remaining class keeps the second colour.
    expect(classify(VALUES, { method: 'std-dev', classCount: 6, paletteId: 'RdBu' })).toEqual({
      method: 'std-dev',
      paletteId: 'RdBu',
      thresholds: [3, 5, 7, 9],
      bins: [
        { lower: 2, upper: 3, color: '#ef8a62', count: 1 },
        { lower: 3, upper: 5, color: '#fddbc7', count: 3 },
        { lower: 5, upper: 7, color: '#d1e5f0', count: 2 },
        { lower: 7, upper: 9, color: '#67a9cf', count: 1 },
        { lower: 9, upper: 9, color: '#2166ac', count: 1 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 0,
      min: 2,
      max: 9,
    });
  });

  it('keeps the middle colour on the class around the mean (5 classes)', () => {
    // RdBu for 5 classes: #ca0020 #f4a582 #f7f7f7 #92c5de #0571b0; the mean 5 lies in the neutral class.
    const result = classify(VALUES, { method: 'std-dev', classCount: 5, paletteId: 'RdBu' });
    expect(result.thresholds).toEqual([4, 6, 8]);
    expect(result.bins).toEqual([
      { lower: 2, upper: 4, color: '#f4a582', count: 1 },
      { lower: 4, upper: 6, color: '#f7f7f7', count: 5 },
      { lower: 6, upper: 8, color: '#92c5de', count: 1 },
      { lower: 8, upper: 9, color: '#0571b0', count: 1 },
    ]);
  });
});
