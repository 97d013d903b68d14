/**
 * Mann-Kendall trend test (Mann 1945, Kendall 1975), as ArcGIS emerging hot spot analysis applies it to each
 * area's series of Gi* z-scores: is the series rising or falling over time, without assuming linearity?
 */
import { twoSidedPValue } from './normal-distribution';

/** S statistic, its normal approximation z (continuity-corrected) and two-sided p-value. */
export interface MannKendallResult {
  s: number;
  z: number;
  pValue: number;
  /** Finite values used (NaN entries are skipped). */
  count: number;
}

/**
 * S = Σ_{i<j} sign(x_j − x_i); Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18 with t the sizes of groups of
 * tied values; z = (S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0, else 0. With fewer than 3 values, or all
 * tied, there is no trend: z = 0 and p = 1. Quadratic in the series length (periods, not areas).
 */
export function mannKendall(series: ArrayLike<number>): MannKendallResult {
  const x: number[] = [];
  for (let i = 0; i < series.length; i++) if (Number.isFinite(series[i])) x.push(series[i]);
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) for (let j = i + 1; j < n; j++) s += Math.sign(x[j] - x[i]);
  const sorted = [...x].sort((a, b) => a - b);
  let ties = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end += 1;
    const t = end - start;
    ties += t * (t - 1) * (2 * t + 5);
    start = end;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  if (n < 3 || !(variance > 0)) return { s, z: 0, pValue: 1, count: n };
  const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
  return { s, z, pValue: twoSidedPValue(z), count: n };
}
