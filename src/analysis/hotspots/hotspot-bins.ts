/**
 * The seven conventional hot spot classes (as ArcGIS "Hot Spot Analysis (Getis-Ord Gi*)" draws them): hot and
 * cold spots at 99%, 95% and 90% confidence, and not significant. One table holds codes, thresholds, colours
 * and legend words so the map, the legend and tooltips agree.
 */

/** Class code: +3/+2/+1 hot spot at 99/95/90% confidence, 0 not significant, −1/−2/−3 cold spot at 90/95/99%. */
export type HotspotBin = -3 | -2 | -1 | 0 | 1 | 2 | 3;

/** Code stored for an area with no result (no value, or a Gi* denominator of zero). */
export const NO_RESULT_BIN = -128;

/** One legend row. `maxPValue` is the significance level the class needs (null when not significant). */
export interface HotspotBinInfo {
  bin: HotspotBin;
  kind: 'hot' | 'cold' | 'not-significant';
  confidencePercent: 99 | 95 | 90 | null;
  /** |z| at or above which (without FDR) the class applies: the two-sided normal critical values. */
  minAbsZ: number;
  maxPValue: number | null;
  color: string;
  label: string;
}

/**
 * Legend rows from hottest to coldest. Hot colours are ArcGIS's (#d62f27, #ed7551, #fab984) and cold colours
 * its blues (#4575b5, #849eba, #c0ccbe); "not significant" is light grey #f0f0f0 rather than ArcGIS's pale
 * yellow, so it reads as "nothing here" and stays distinct from the app's no-data grey (#aaaaaa).
 */
export const HOTSPOT_BINS: readonly HotspotBinInfo[] = [
  { bin: 3, kind: 'hot', confidencePercent: 99, minAbsZ: 2.576, maxPValue: 0.01, color: '#d62f27', label: 'Hot spot – 99% confidence' },
  { bin: 2, kind: 'hot', confidencePercent: 95, minAbsZ: 1.96, maxPValue: 0.05, color: '#ed7551', label: 'Hot spot – 95% confidence' },
  { bin: 1, kind: 'hot', confidencePercent: 90, minAbsZ: 1.645, maxPValue: 0.1, color: '#fab984', label: 'Hot spot – 90% confidence' },
  { bin: 0, kind: 'not-significant', confidencePercent: null, minAbsZ: 0, maxPValue: null, color: '#f0f0f0', label: 'Not significant' },
  { bin: -1, kind: 'cold', confidencePercent: 90, minAbsZ: 1.645, maxPValue: 0.1, color: '#c0ccbe', label: 'Cold spot – 90% confidence' },
  { bin: -2, kind: 'cold', confidencePercent: 95, minAbsZ: 1.96, maxPValue: 0.05, color: '#849eba', label: 'Cold spot – 95% confidence' },
  { bin: -3, kind: 'cold', confidencePercent: 99, minAbsZ: 2.576, maxPValue: 0.01, color: '#4575b5', label: 'Cold spot – 99% confidence' },
];

/** Class of a z-score by the critical values 2.576 / 1.960 / 1.645; NO_RESULT_BIN for NaN. */
export function binFromZScore(z: number): number {
  if (Number.isNaN(z)) return NO_RESULT_BIN;
  const level = Math.abs(z) >= 2.576 ? 3 : Math.abs(z) >= 1.96 ? 2 : Math.abs(z) >= 1.645 ? 1 : 0;
  return z < 0 ? -level : level;
}

/** Class from a (for example FDR-adjusted) p-value and the sign of z: p ≤ 0.01 / 0.05 / 0.10; NO_RESULT_BIN for NaN. */
export function binFromPValue(pValue: number, z: number): number {
  if (Number.isNaN(pValue) || Number.isNaN(z)) return NO_RESULT_BIN;
  const level = pValue <= 0.01 ? 3 : pValue <= 0.05 ? 2 : pValue <= 0.1 ? 1 : 0;
  return z < 0 ? -level : level;
}

/** The legend row of a class code, or null for NO_RESULT_BIN (draw with the app's no-data colour). */
export function hotspotBinInfo(bin: number): HotspotBinInfo | null {
  return HOTSPOT_BINS.find((info) => info.bin === bin) ?? null;
}
