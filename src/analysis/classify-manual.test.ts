import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { manualThresholds, validateManualBreaks } from './classify-manual';

describe('validateManualBreaks', () => {
  it('accepts 1 to 8 finite, strictly ascending breaks', () => {
    expect(validateManualBreaks([10])).toBeNull();
    expect(validateManualBreaks([-5, 0, 2.5, 10, 20, 30, 40, 50])).toBeNull();
  });

  it('names each problem by code', () => {
    const codes = [undefined, [], [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, Number.NaN], [1, Infinity], [1, 3, 3], [5, 1]].map(
      (breaks) => validateManualBreaks(breaks)?.code,
    );
    expect(codes).toEqual([
      'manual-breaks-missing',
      'manual-breaks-missing',
      'manual-breaks-too-many',
      'manual-breaks-not-finite',
      'manual-breaks-not-finite',
      'manual-breaks-not-ascending',
      'manual-breaks-not-ascending',
    ]);
  });

  it('gives the values concerned as parameters, not words', () => {
    expect([validateManualBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9]), validateManualBreaks([1, Number.NaN]), validateManualBreaks([1, 3, 2])]).toEqual([
      { code: 'manual-breaks-too-many', params: { count: 9, limit: 8 } },
      { code: 'manual-breaks-not-finite', params: { index: 2, value: 'NaN' } },
      { code: 'manual-breaks-not-ascending', params: { index: 3, value: 2, previous: 3 } },
    ]);
  });
});

describe('manualThresholds', () => {
  it('returns a copy of valid breaks and throws on invalid ones', () => {
    const breaks = Object.freeze([0, 10, 20]);
    expect(manualThresholds(breaks)).toEqual([0, 10, 20]);
    expect(manualThresholds(breaks)).not.toBe(breaks);
    expect(() => manualThresholds([3, 1])).toThrow(/manual-breaks-not-ascending/);
  });
});

describe('classify: manual', () => {
  it('uses the breaks as given, ignores classCount', () => {
    const values = [0, 5, 10, 15, 20, 25];
    const result = classify(values, { method: 'manual', classCount: 7, manualBreaks: [10, 20], paletteId: 'Blues' });
    expect(result).toEqual({
      method: 'manual',
      paletteId: 'Blues',
      thresholds: [10, 20],
      bins: [
        { lower: 0, upper: 10, color: '#deebf7', count: 2 },
        { lower: 10, upper: 20, color: '#9ecae1', count: 2 },
        { lower: 20, upper: 25, color: '#3182bd', count: 2 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 0,
      min: 0,
      max: 25,
    });
  });

  it('drops bands beyond the data but keeps each band its own colour', () => {
    // Blues for 4 bands: #eff3ff #bdd7e7 #6baed6 #2171b5; the data sit in bands 2 and 3 only.
    const result = classify([5, 6, 7, 8], { method: 'manual', classCount: 3, manualBreaks: [0, 6, 100], paletteId: 'Blues' });
    expect({ thresholds: result.thresholds, bins: result.bins }).toEqual({
      thresholds: [6],
      bins: [
        { lower: 5, upper: 6, color: '#bdd7e7', count: 1 },
        { lower: 6, upper: 8, color: '#6baed6', count: 3 },
      ],
    });
  });

  it('colours a two-band split with the ends of the 3-class scheme', () => {
    const result = classify([1, 2, 3, 4], { method: 'manual', classCount: 3, manualBreaks: [2.5], paletteId: 'Reds' });
    expect(result.bins.map((bin) => [bin.color, bin.count])).toEqual([
      ['#fee0d2', 2],
      ['#de2d26', 2],
    ]);
  });

  it('throws for invalid breaks (the UI validates first)', () => {
    expect(() => classify([1, 2], { method: 'manual', classCount: 3, paletteId: 'Blues' })).toThrow(/manual-breaks-missing/);
  });
});
