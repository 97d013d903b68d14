/**
 * One area's history as the emerging hot spot rules read it: hot, cold or neither in each period, and the
 * Mann-Kendall trend of its Gi* z-scores. Shared by the two rule sets (ArcGIS Pro's and the atlas's own).
 */

type Pattern = 'new' | 'consecutive' | 'intensifying' | 'persistent' | 'diminishing' | 'sporadic' | 'oscillating' | 'historical';

/** An area's category: a pattern and the side it is on, or no pattern. */
export type EmergingCategory = `${Pattern}-hot` | `${Pattern}-cold` | 'no-pattern';

/** Which published rules turn a series into a category (see emerging-arcgis.ts and emerging-atlas.ts). */
export type EmergingRules = 'arcgis-pro' | 'atlas';

/** The rule sets, the standard one (ArcGIS Pro's) first. */
export const EMERGING_RULES: readonly EmergingRules[] = ['arcgis-pro', 'atlas'];

/** True for a known rule set name (as read from a workspace or the command line). */
export function isEmergingRules(value: unknown): value is EmergingRules {
  return EMERGING_RULES.includes(value as EmergingRules);
}

/** One area over T periods, oldest first. */
export interface EmergingSeries {
  /** +1 hot spot (bin ≥ 1, ≥ 90% confidence), −1 cold spot, 0 neither or no result, per period. */
  sides: ReadonlyArray<1 | -1 | 0>;
  /** Mann-Kendall z of the Gi* z-scores (positive: rising). */
  trendZ: number;
  /** The trend's p-value is below the chosen α. */
  trendSignificant: boolean;
  /** Periods that make "mostly" (90% of T, rounded up). */
  mostly: number;
}
