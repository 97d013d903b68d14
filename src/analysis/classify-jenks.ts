/**
 * Natural breaks (Jenks): the partition of the sorted values into k contiguous classes that minimises
 * the total within-class sum of squared deviations, found exactly by the Fisher–Jenks dynamic
 * programme (Fisher 1958; Jenks 1977). The same objective as optimal 1-D k-means (ckmeans).
 *
 * Implemented here without a dependency:
 * - Equal values are grouped into one weighted item first, so a run of equal values is never split
 *   between classes and data with many ties (counts, ranks) are cheap.
 * - Cost O(k·m²) for m distinct items. Above JENKS_SAMPLE_SIZE values the input is first reduced to a
 *   deterministic, evenly spaced sample of the sorted values (always including min and max), so the
 *   result is exact for that sample and the same on every run; the class counts in `classify` are then
 *   still computed over all values.
 * - Within-class spread uses weighted Welford updates rather than Σx² − (Σx)²/n, which loses all
 *   precision for large values such as areas in m².
 * - A threshold is the smallest value of the class above it, matching `lower <= v < upper` bins.
 */

/** Inputs longer than this are sampled evenly (sorted order) before the O(k·m²) optimisation. */
export const JENKS_SAMPLE_SIZE = 5000;

/**
 * The inner natural-break thresholds of `sortedFiniteValues` (ascending, finite), strictly ascending,
 * each a data value. With no more distinct values than classes every distinct value above the minimum
 * is a threshold (one class per value); empty when all values are equal.
 */
export function jenksThresholds(sortedFiniteValues: readonly number[], classCount: number): number[] {
  const { values, weights } = groupEqualValues(sampleSorted(sortedFiniteValues, JENKS_SAMPLE_SIZE));
  const m = values.length;
  if (m <= 1) return [];
  if (m <= classCount) return values.slice(1);
  const starts = optimalClassStarts(values, weights, classCount);
  return starts.slice(1).map((start) => values[start]);
}

/**
 * At most `size` values picked at evenly spaced ranks of ascending `sorted` (first and last always
 * kept); the input itself when it is no longer than `size`.
 */
export function sampleSorted(sorted: readonly number[], size: number): readonly number[] {
  const n = sorted.length;
  if (n <= size) return sorted;
  return Array.from({ length: size }, (_, i) => sorted[Math.floor((i * (n - 1)) / (size - 1))]);
}

function groupEqualValues(sorted: readonly number[]): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (const value of sorted) {
    if (values.length > 0 && values[values.length - 1] === value) weights[weights.length - 1] += 1;
    else {
      values.push(value);
      weights.push(1);
    }
  }
  return { values, weights };
}

/**
 * Indexes into `values` at which each of the k classes starts (the first is 0), minimising the total
 * weighted within-class sum of squared deviations. Requires values.length > k >= 2. Ties keep the
 * lowest start index, so the result is deterministic.
 */
function optimalClassStarts(values: readonly number[], weights: readonly number[], k: number): number[] {
  const m = values.length;
  // best[c][j]: least cost of items 0..j in c+1 classes; start[c][j]: where the last of them begins.
  const best = Array.from({ length: k }, () => new Float64Array(m).fill(Number.POSITIVE_INFINITY));
  const start = Array.from({ length: k }, () => new Int32Array(m));
  const segmentCost = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    // Cost of every segment i..j, growing it downwards with weighted Welford updates.
    let weight = 0;
    let mean = 0;
    let squares = 0;
    for (let i = j; i >= 0; i--) {
      const w = weights[i];
      const delta = values[i] - mean;
      weight += w;
      mean += (delta * w) / weight;
      squares += w * delta * (values[i] - mean);
      segmentCost[i] = squares;
    }
    best[0][j] = segmentCost[0];
    const lastClass = Math.min(k - 1, j);
    for (let c = 1; c <= lastClass; c++) {
      const previous = best[c - 1];
      let bestCost = Number.POSITIVE_INFINITY;
      let bestStart = c;
      for (let i = c; i <= j; i++) {
        const cost = previous[i - 1] + segmentCost[i];
        if (cost < bestCost) {
          bestCost = cost;
          bestStart = i;
        }
      }
      best[c][j] = bestCost;
      start[c][j] = bestStart;
    }
  }
  const starts = new Array<number>(k);
  starts[0] = 0;
  let end = m - 1;
  for (let c = k - 1; c >= 1; c--) {
    starts[c] = start[c][end];
    end = starts[c] - 1;
  }
  return starts;
}
