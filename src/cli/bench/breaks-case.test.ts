import { describe, expect, it } from 'vitest';
import { generateBreaksValues, runBreaksCase } from './breaks-case';

describe('runBreaksCase', () => {
  it('reports the sizes and compares the class sizes with the baseline it is given', () => {
    const values = [1, 2, 3, 10, 11, 12, 20, 21, 22, 22];
    const agreeing = () => [[1, 2, 3], [10, 11, 12], [20, 21, 22, 22]];
    const disagreeing = () => [[1, 2, 3, 10], [11, 12], [20, 21, 22, 22]];
    const { medianMs, ckmeansMedianMs, ...same } = runBreaksCase(values, 3, 1, agreeing);
    expect(same).toEqual({ values: 10, distinctValues: 9, classCount: 3, sameClassSizes: true });
    expect([medianMs >= 0, ckmeansMedianMs !== null && ckmeansMedianMs >= 0]).toEqual([true, true]);
    expect(runBreaksCase(values, 3, 1, disagreeing).sameClassSizes).toBe(false);
    expect(runBreaksCase(values, 3, 1, null)).toMatchObject({ ckmeansMedianMs: null, sameClassSizes: null });
  });

  it('generates whole numbers with ties and continuous values without, the same on every call', () => {
    const whole = generateBreaksValues('whole', 5000);
    const continuous = generateBreaksValues('continuous', 5000);
    expect([new Set(whole).size < 3000, new Set(continuous).size, whole.every(Number.isInteger)]).toEqual([true, 5000, true]);
    expect(generateBreaksValues('whole', 5000)).toEqual(whole);
  });
});
