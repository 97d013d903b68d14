import { describe, expect, it } from 'vitest';
import { assertSameLength, hasValue, summariseValues } from './statistics';

describe('summariseValues', () => {
  it('gives count, mean and population SD over the finite values only', () => {
    expect(summariseValues([2, 4, NaN, 4, 4, 5, 5, 7, 9, Infinity])).toEqual({ count: 8, mean: 5, stdDev: 2 });
  });

  it('gives SD exactly 0 for equal values whose rounded mean drifts, and NaN for no data', () => {
    expect(summariseValues([0.1, 0.1, 0.1])).toEqual({ count: 3, mean: 0.1, stdDev: 0 });
    expect(summariseValues(new Float64Array([NaN, NaN]))).toEqual({ count: 0, mean: NaN, stdDev: NaN });
  });
});

describe('hasValue and assertSameLength', () => {
  it('treats only finite numbers as data and throws on arrays of another length', () => {
    expect([0, -3.5, NaN, Infinity, -Infinity].map(hasValue)).toEqual([true, true, false, false, false]);
    expect(() => assertSameLength(3, { previous: [1, 2] })).toThrow('previous has 2 values but there are 3 areas');
    expect(() => assertSameLength(2, { previous: [1, 2], populations: undefined })).not.toThrow();
  });
});
