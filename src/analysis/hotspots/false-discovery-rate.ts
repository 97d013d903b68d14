/**
 * Benjamini–Hochberg false discovery rate correction (Benjamini & Hochberg 1995), as ArcGIS offers for hot
 * spot analysis: with hundreds of areas tested at once, some would be "significant" by chance alone.
 */

/**
 * BH-adjusted p-values (q-values): q_(k) = min over j ≥ k of (m / j) · p_(j), capped at 1, where p_(1) ≤ … ≤
 * p_(m) are the m finite p-values. NaN entries stay NaN and do not count in m. Comparing q with α gives
 * exactly the areas the BH step-up procedure rejects at false discovery rate α.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const adjusted = new Float64Array(pValues.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) if (Number.isFinite(pValues[i])) order.push(i);
  order.sort((i, j) => pValues[i] - pValues[j]);
  const m = order.length;
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    running = Math.min(running, (m / (k + 1)) * pValues[order[k]]);
    adjusted[order[k]] = running;
  }
  return adjusted;
}
