/**
 * Bivariate 3×3 classification of community share (x) × cohesion score (y): each split into thirds
 * (tertiles) over the areas that have both values, and coloured with a colour-blind-safe blue–gold 3×3
 * scheme: a blue ramp (#3b8bc2) for community share and a gold ramp (#ffb000) for cohesion score, mixed
 * multiplicatively over a light grey (#d6d6d6), the way bivariate schemes are built (Stevens; biscale).
 * Blue–yellow contrast survives red–green colour blindness: under simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009) every two cells, and each cell and the no-data grey, stay at least
 * 13 CIELAB ΔE apart (Stevens' pink–blue scheme, used before, fell to about 4.5). The darkest cell keeps
 * L* ≥ 30 so boundaries still show on it, and the lightest differs from the map background.
 *
 * Both axes run low → high: x left to right (community share), y bottom to top (cohesion score). The grey
 * corner is low share with low cohesion score; the strong blue corner (bottom right) is a high community
 * share in the lowest-scoring third, the combination the overlap summary looks at; dark green is high on
 * both. The legend grid and the tooltips still name the class in words, never by colour alone.
 *
 * Thirds follow ranks (ties to the lower third; `groupsFromRanks` with 3 groups), so tied values never
 * split between classes. A class index is row × 3 + column, row = y third (0 low … 2 high), column = x third.
 */
import { groupsFromRanks, rankValues } from './ranking';
import { assertSameLength, hasValue } from './statistics';

/** Colours by class index (row × 3 + column; row 0 = lowest cohesion third, column 0 = lowest share third). */
export const BIVARIATE_COLORS: readonly string[] = ['#d6d6d6', '#84a5bd', '#3275a3', '#d6b56b', '#848c5e', '#326351', '#d69400', '#847200', '#325100'];

/** The no-data fill of the bivariate map, the app's usual no-data grey (see palettes.ts). */
export const BIVARIATE_NO_DATA_COLOR = '#aaaaaa';

/** The values one third holds: [lower, upper] of its areas' values; null when no area falls in it. */
export type ThirdRange = { lower: number; upper: number } | null;

/** The classification: a class per area (−1 = a value missing), the value ranges of each third and counts. */
export interface BivariateClassification {
  classIndexes: Int8Array;
  shareThirds: [ThirdRange, ThirdRange, ThirdRange];
  scoreThirds: [ThirdRange, ThirdRange, ThirdRange];
  /** Areas per class index (9). */
  counts: number[];
  noDataCount: number;
  colors: readonly string[];
  noDataColor: string;
}

function thirds(values: ArrayLike<number>, included: boolean[]): { third: Float64Array; ranges: BivariateClassification['shareThirds'] } {
  const masked = Float64Array.from({ length: values.length }, (_unused, i) => (included[i] ? values[i] : NaN));
  const ranks = rankValues(masked, 'lowest-first');
  const count = included.filter(Boolean).length;
  const third = groupsFromRanks(ranks, count, 3);
  const ranges: BivariateClassification['shareThirds'] = [null, null, null];
  for (let i = 0; i < values.length; i++) {
    if (!hasValue(third[i])) continue;
    const slot = third[i] - 1;
    const range = ranges[slot];
    ranges[slot] = range ? { lower: Math.min(range.lower, masked[i]), upper: Math.max(range.upper, masked[i]) } : { lower: masked[i], upper: masked[i] };
  }
  return { third, ranges };
}

/** Classifies areas by thirds of `communityShare` (x) and `cohesionScore` (y); NaN in either = no data. */
export function classifyBivariate(communityShare: ArrayLike<number>, cohesionScore: ArrayLike<number>): BivariateClassification {
  assertSameLength(communityShare.length, { cohesionScore });
  const included = Array.from({ length: communityShare.length }, (_unused, i) => hasValue(communityShare[i]) && hasValue(cohesionScore[i]));
  const x = thirds(communityShare, included);
  const y = thirds(cohesionScore, included);
  const classIndexes = new Int8Array(communityShare.length).fill(-1);
  const counts = new Array<number>(9).fill(0);
  for (let i = 0; i < classIndexes.length; i++) {
    if (!included[i]) continue;
    classIndexes[i] = (y.third[i] - 1) * 3 + (x.third[i] - 1);
    counts[classIndexes[i]] += 1;
  }
  return {
    classIndexes,
    shareThirds: x.ranges,
    scoreThirds: y.ranges,
    counts,
    noDataCount: included.filter((value) => !value).length,
    colors: BIVARIATE_COLORS,
    noDataColor: BIVARIATE_NO_DATA_COLOR,
  };
}

/** One legend cell; `label`s of the thirds come from the axes. */
export interface BivariateLegendCell {
  classIndex: number;
  column: number;
  row: number;
  color: string;
  count: number;
}

/** One legend axis: its title and a label per third, low → high ("2.1 – 8.4"; "—" for an empty third). */
export interface BivariateLegendAxis {
  title: string;
  thirdLabels: [string, string, string];
}

/**
 * The legend model: a 3×3 grid listed top row first (highest cohesion third) so a UI can lay it out in
 * reading order, left to right = rising community share; axis titles and value ranges; the no-data swatch.
 */
export interface BivariateLegend {
  rows: BivariateLegendCell[][];
  xAxis: BivariateLegendAxis;
  yAxis: BivariateLegendAxis;
  noData: { color: string; label: string; count: number };
}

/** Text the legend needs from the caller (from the message catalogue) and the number formatter. */
export interface BivariateLegendText {
  xTitle: string;
  yTitle: string;
  noDataLabel: string;
  format: (n: number) => string;
}

function axisLabels(ranges: BivariateClassification['shareThirds'], format: (n: number) => string): [string, string, string] {
  return ranges.map((range) => {
    if (!range) return '—';
    const lower = format(range.lower);
    const upper = format(range.upper);
    return lower === upper ? lower : `${lower} – ${upper}`;
  }) as [string, string, string];
}

/** Builds the 3×3 legend grid with axis titles and per-third value ranges. */
export function buildBivariateLegend(classification: BivariateClassification, text: BivariateLegendText): BivariateLegend {
  const rows = [2, 1, 0].map((row) =>
    [0, 1, 2].map((column) => {
      const classIndex = row * 3 + column;
      return { classIndex, column, row, color: classification.colors[classIndex], count: classification.counts[classIndex] };
    }),
  );
  return {
    rows,
    xAxis: { title: text.xTitle, thirdLabels: axisLabels(classification.shareThirds, text.format) },
    yAxis: { title: text.yTitle, thirdLabels: axisLabels(classification.scoreThirds, text.format) },
    noData: { color: classification.noDataColor, label: text.noDataLabel, count: classification.noDataCount },
  };
}
