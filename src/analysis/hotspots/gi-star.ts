/**
 * Getis-Ord Gi* hot spot statistic (Ord & Getis 1995) with binary weights that include the area itself:
 *
 *   Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √[(n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)])
 *
 * where X̄ and S (population standard deviation) are taken over the n areas that have a value. Gi* is itself a
 * z-score; its p-value is two-sided from the standard normal. Issue 5 ("Time and tension").
 */
import type { SpatialWeights } from '../../geo/contiguity';
import { benjaminiHochberg } from './false-discovery-rate';
import { binFromPValue, binFromZScore } from './hotspot-bins';
import { twoSidedPValue } from './normal-distribution';

/** Options of `computeGiStar`. */
export interface GiStarOptions {
  /** Bin by Benjamini–Hochberg adjusted p-values instead of the raw |z| thresholds (default false). */
  falseDiscoveryRate?: boolean;
}

/** Gi* per area. Arrays have one entry per area; NaN z and p (and NO_RESULT_BIN) where there is no result. */
export interface GiStarResult {
  zScores: Float64Array;
  /** Two-sided p-values before any FDR adjustment. */
  pValues: Float64Array;
  /** Hot spot class per area (see HOTSPOT_BINS), from |z| or, with FDR, from the adjusted p-values. */
  bins: Int8Array;
  /** n: areas with a value, the population the mean and standard deviation are taken over. */
  areasWithData: number;
  falseDiscoveryRate: boolean;
}

/**
 * Gi* z-scores, p-values and classes for `values[i]` of area i (counts or rates; NaN means no data: the area
 * is left out of n, X̄ and S, drops out of its neighbours' sums, and gets no result). An area also gets no
 * result when the denominator is zero: all values equal, or its neighbourhood covers all n areas. Binary
 * weights: 1 for the area itself and each neighbour in `weights`, 0 otherwise. Linear in areas + neighbours.
 */
export function computeGiStar(values: ArrayLike<number>, weights: SpatialWeights, options: GiStarOptions = {}): GiStarResult {
  const areaCount = weights.areaCount;
  if (values.length !== areaCount) throw new Error(`computeGiStar: ${values.length} values for ${areaCount} areas`);
  const { offsets, neighbours } = weights;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < areaCount; i++) {
    if (Number.isFinite(values[i])) {
      n += 1;
      sum += values[i];
    }
  }
  const mean = n > 0 ? sum / n : NaN;
  let squares = 0;
  for (let i = 0; i < areaCount; i++) if (Number.isFinite(values[i])) squares += (values[i] - mean) ** 2;
  const standardDeviation = n > 0 ? Math.sqrt(squares / n) : NaN;
  const zScores = new Float64Array(areaCount).fill(NaN);
  const pValues = new Float64Array(areaCount).fill(NaN);
  for (let i = 0; i < areaCount; i++) {
    if (!Number.isFinite(values[i]) || n < 2) continue;
    let weightSum = 1;
    let weighted = values[i];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const x = values[neighbours[k]];
      if (!Number.isFinite(x)) continue;
      weightSum += 1;
      weighted += x;
    }
    // Binary weights: Σ w² = Σ w.
    const denominator = standardDeviation * Math.sqrt((n * weightSum - weightSum * weightSum) / (n - 1));
    if (!(denominator > 0)) continue;
    zScores[i] = (weighted - mean * weightSum) / denominator;
    pValues[i] = twoSidedPValue(zScores[i]);
  }
  const falseDiscoveryRate = options.falseDiscoveryRate ?? false;
  const bins = new Int8Array(areaCount);
  if (falseDiscoveryRate) {
    const adjusted = benjaminiHochberg(pValues);
    for (let i = 0; i < areaCount; i++) bins[i] = binFromPValue(adjusted[i], zScores[i]);
  } else {
    for (let i = 0; i < areaCount; i++) bins[i] = binFromZScore(zScores[i]);
  }
  return { zScores, pValues, bins, areasWithData: n, falseDiscoveryRate };
}
