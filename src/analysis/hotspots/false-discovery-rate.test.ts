import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './false-discovery-rate';

describe('benjaminiHochberg', () => {
  it('adjusts a known list step-up, skipping NaN', () => {
    // m = 5 finite p-values, sorted 0.005, 0.01, 0.03, 0.04, 0.5. Raw (m/k)·p: 0.025, 0.025, 0.05, 0.05, 0.5;
    // running minimum from the largest rank down leaves them unchanged.
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, NaN, 0.5]);
    expect(Array.from(adjusted, (q) => Number(q.toFixed(10)))).toEqual([0.025, 0.05, 0.05, 0.025, NaN, 0.5]);
  });

  it('keeps adjusted values monotone in p and caps them at 1', () => {
    // Sorted 0.02, 0.03, 0.9: raw 0.06, 0.045, 0.9 → the rank-1 value takes the smaller 0.045 from rank 2.
    expect(Array.from(benjaminiHochberg([0.9, 0.02, 0.03]), (q) => Number(q.toFixed(10)))).toEqual([0.9, 0.045, 0.045]);
    expect(Array.from(benjaminiHochberg([0.8, 0.9]))).toEqual([0.9, 0.9]);
  });
});
