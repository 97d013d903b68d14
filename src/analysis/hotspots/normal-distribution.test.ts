import { describe, expect, it } from 'vitest';
import { erfc, twoSidedPValue } from './normal-distribution';

describe('twoSidedPValue', () => {
  it('gives the conventional levels at the critical values 1.645, 1.960 and 2.576', () => {
    expect([1.645, 1.96, 2.576, -1.96].map((z) => Number(twoSidedPValue(z).toPrecision(4)))).toEqual([0.09997, 0.05, 0.009995, 0.05]);
  });

  it('is 1 at zero and NaN for NaN', () => {
    expect([twoSidedPValue(0), twoSidedPValue(NaN)]).toEqual([expect.closeTo(1, 7), NaN]);
  });
});

describe('erfc', () => {
  it('matches tabulated values on both sides of zero', () => {
    // erfc(0.5) = 0.4795001222, erfc(2) = 0.0046777350, erfc(−1) = 1.8427007929.
    expect([erfc(0.5), erfc(2), erfc(-1)].map((v) => Number(v.toFixed(7)))).toEqual([0.4795001, 0.0046777, 1.8427008]);
  });
});
