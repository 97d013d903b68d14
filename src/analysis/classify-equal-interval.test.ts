import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { equalIntervalThresholds } from './classify-equal-interval';

describe('equalIntervalThresholds', () => {
  it('cuts [min, max] into k equal widths', () => {
    expect(equalIntervalThresholds([0, 1, 2, 5, 9, 10], 5)).toEqual([2, 4, 6, 8]);
    expect(equalIntervalThresholds([-3, 0, 3], 3)).toEqual([-1, 1]);
  });

  it('returns no thresholds for constant or empty data', () => {
    expect(equalIntervalThresholds([2, 2], 4)).toEqual([]);
    expect(equalIntervalThresholds([], 4)).toEqual([]);
  });
});

describe('classify: equal interval', () => {
  it('keeps empty classes where the data have gaps', () => {
    const values = [10, 9, 5, 2, 1, 0];
    expect(classify(values, { method: 'equal-interval', classCount: 5, paletteId: 'YlOrRd' })).toEqual({
      method: 'equal-interval',
      paletteId: 'YlOrRd',
      thresholds: [2, 4, 6, 8],
      bins: [
        { lower: 0, upper: 2, color: '#ffffb2', count: 2 },
        { lower: 2, upper: 4, color: '#fecc5c', count: 1 },
        { lower: 4, upper: 6, color: '#fd8d3c', count: 1 },
        { lower: 6, upper: 8, color: '#f03b20', count: 0 },
        { lower: 8, upper: 10, color: '#bd0026', count: 2 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 0,
      min: 0,
      max: 10,
    });
  });
});
