/**
 * Natural breaks (Jenks): the partition of the sorted values into k contiguous classes that minimises
 * the total within-class sum of squared deviations, found exactly at any size (issue 19). This is the
 * Fisher (1958) / Jenks (1977) optimum, the same objective as optimal 1-D k-means (Ckmeans.1d.dp) and
 * R classInt `style = "fisher"`.
 *
 * Implemented here without a dependency:
 * - Equal values are grouped into one weighted item first, so a run of equal values is never split
 *   between classes and data with many ties (counts, populations) are cheap.
 * - The dynamic programme is filled by divide and conquer (Wang & Song 2011, Grønlund et al. 2017): the
 *   best start of the last class never moves left as the class end moves right, because the
 *   within-class cost satisfies the quadrangle inequality. That makes it O(k·m·log m) for m distinct
 *   values rather than O(k·m²), so no sampling is needed: on 35,672 LSOA values it takes milliseconds.
 * - A segment's cost comes from prefix sums, so it is O(1). The values are shifted by their median and
 *   the sums are compensated, which keeps Σx² − (Σx)²/n from losing its precision on large values
 *   (areas in m², 10⁹ + small) and on small classes that follow a far outlier.
 * - A threshold is the smallest value of the class above it, matching `lower <= v < upper` bins.
 */

/**
 * The inner natural-break thresholds of `sortedFiniteValues` (ascending, finite), strictly ascending,
 * each a data value. With no more distinct values than classes every distinct value above the minimum
 * is a threshold (one class per value); empty when all values are equal.
 */
export function jenksThresholds(sortedFiniteValues: readonly number[], classCount: number): number[] {
  const { values, weights } = groupEqualValues(sortedFiniteValues);
  const m = values.length;
  if (m <= 1) return [];
  if (m <= classCount) return values.slice(1);
  const starts = optimalClassStarts(values, weights, classCount);
  return starts.slice(1).map((start) => values[start]);
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

/** Weighted within-class sums of squared deviations of any run of items, each in O(1). */
interface SegmentCosts {
  /** Cost of items i..j inclusive (i <= j). */
  cost(i: number, j: number): number;
}

function prefixSegmentCosts(values: readonly number[], weights: readonly number[]): SegmentCosts {
  const m = values.length;
  const shift = values[m >> 1];
  const weightSum = new Float64Array(m + 1);
  const sum = new CompensatedPrefix(m);
  const squareSum = new CompensatedPrefix(m);
  for (let i = 0; i < m; i++) {
    const x = values[i] - shift;
    const w = weights[i];
    weightSum[i + 1] = weightSum[i] + w;
    sum.add(i, w * x);
    squareSum.add(i, w * x * x);
  }
  return {
    cost(i, j) {
      const s = sum.between(i, j + 1);
      const cost = squareSum.between(i, j + 1) - (s * s) / (weightSum[j + 1] - weightSum[i]);
      return cost > 0 ? cost : 0;
    },
  };
}

/**
 * Prefix sums carried in two doubles (Knuth's TwoSum keeps each addition's rounding error), so the sum of
 * a run is as precise as the run's own terms allow, however large the terms before it: one far value
 * early on would otherwise swamp the spread of every later class of small values.
 */
class CompensatedPrefix {
  private readonly high: Float64Array;
  private readonly low: Float64Array;

  constructor(length: number) {
    this.high = new Float64Array(length + 1);
    this.low = new Float64Array(length + 1);
  }

  /** Sets prefix i + 1 to prefix i plus `term`. */
  add(i: number, term: number): void {
    const a = this.high[i];
    const total = a + term;
    const b = total - a;
    this.high[i + 1] = total;
    this.low[i + 1] = this.low[i] + (a - (total - b)) + (term - b);
  }

  /** The sum of the terms from index `from` up to, not including, `to`. */
  between(from: number, to: number): number {
    return this.high[to] - this.high[from] + (this.low[to] - this.low[from]);
  }
}

/**
 * Indexes into `values` at which each of the k classes starts (the first is 0), minimising the total
 * weighted within-class sum of squared deviations. Requires values.length > k >= 2. Among equal costs
 * the lowest start index wins, so the result is deterministic.
 */
function optimalClassStarts(values: readonly number[], weights: readonly number[], k: number): number[] {
  const m = values.length;
  const segments = prefixSegmentCosts(values, weights);
  // best[c][j]: least cost of items 0..j in c+1 classes; start[c][j]: where the last of them begins.
  const best = Array.from({ length: k }, () => new Float64Array(m).fill(Number.POSITIVE_INFINITY));
  const start = Array.from({ length: k }, () => new Int32Array(m));
  for (let j = 0; j < m; j++) best[0][j] = segments.cost(0, j);
  for (let c = 1; c < k; c++) {
    const previous = best[c - 1];
    const current = best[c];
    const currentStart = start[c];
    // Ends j in [c, m - 1]; the last class of c+1 classes starts somewhere in [c, j].
    const fill = (jLow: number, jHigh: number, startLow: number, startHigh: number): void => {
      if (jLow > jHigh) return;
      const j = (jLow + jHigh) >> 1;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestStart = Math.max(c, startLow);
      const last = Math.min(j, startHigh);
      for (let i = Math.max(c, startLow); i <= last; i++) {
        const cost = previous[i - 1] + segments.cost(i, j);
        if (cost < bestCost) {
          bestCost = cost;
          bestStart = i;
        }
      }
      current[j] = bestCost;
      currentStart[j] = bestStart;
      fill(jLow, j - 1, startLow, bestStart);
      fill(j + 1, jHigh, bestStart, startHigh);
    };
    fill(c, m - 1, c, m - 1);
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
