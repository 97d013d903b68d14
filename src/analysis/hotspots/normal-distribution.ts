/** The standard normal distribution's tail, for p-values of z-scores (Gi*, Mann-Kendall). */

/**
 * Complementary error function, erfc(x), by the Chebyshev fit of Numerical Recipes (2nd ed., §6.2,
 * `erfcc`): fractional error below 1.2e-7 everywhere, ample for p-values compared with 0.10/0.05/0.01.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Two-sided p-value of a standard normal z-score: P(|Z| ≥ |z|); NaN for NaN. */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
