import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall';

const rounded = (result: ReturnType<typeof mannKendall>) => ({ ...result, z: Number(result.z.toFixed(5)), pValue: Number(result.pValue.toFixed(5)) });

describe('mannKendall', () => {
  it('finds a rising and a falling trend', () => {
    // n = 5, all 10 pairs increase: S = 10, Var = 5·4·15/18 = 16.667, z = (10 − 1)/4.08248 = 2.20454.
    expect(rounded(mannKendall([1, 2, 3, 4, 5]))).toEqual({ s: 10, z: 2.20454, pValue: 0.02749, count: 5 });
    expect(rounded(mannKendall([5, 4, 3, 2, 1]))).toEqual({ s: -10, z: -2.20454, pValue: 0.02749, count: 5 });
  });

  it('corrects the variance for ties', () => {
    // [1, 1, 2]: S = 0 + 1 + 1 = 2; Var = (3·2·11 − 2·1·9)/18 = 48/18; z = 1/1.63299 = 0.61237.
    expect(rounded(mannKendall([1, 1, 2]))).toEqual({ s: 2, z: 0.61237, pValue: 0.54029, count: 3 });
  });

  it('reports no trend for fewer than three values (NaN skipped) or all ties', () => {
    expect(mannKendall([NaN, 1, 2])).toEqual({ s: 1, z: 0, pValue: 1, count: 2 });
    expect(mannKendall([3, 3, 3, 3])).toEqual({ s: 0, z: 0, pValue: 1, count: 4 });
  });
});
