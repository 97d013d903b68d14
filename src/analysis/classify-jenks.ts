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
 *   values rather than O(k·m²), so no sampling is needed (`npm run bench -- breaks-35k`: about 2 ms for
 *   the 35,672 LSOA populations, 1,969 distinct, and about 50 ms for 35,672 distinct values).
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

/**
 * Prefix sums of the weights, and of the weighted values and squares shifted by the median, the latter
 * two carried in two doubles each (high + low, Knuth's TwoSum keeping each addition's rounding error).
 * So the sums over a run are as precise as the run's own terms allow, however large the terms before
 * it: one far value early on would otherwise swamp the spread of every later class of small values.
 */
interface PrefixSums {
  weight: Float64Array;
  sumHigh: Float64Array;
  sumLow: Float64Array;
  squareHigh: Float64Array;
  squareLow: Float64Array;
}

function prefixSums(values: readonly number[], weights: readonly number[]): PrefixSums {
  const m = values.length;
  const shift = values[m >> 1];
  const sums: PrefixSums = {
    weight: new Float64Array(m + 1),
    sumHigh: new Float64Array(m + 1),
    sumLow: new Float64Array(m + 1),
    squareHigh: new Float64Array(m + 1),
    squareLow: new Float64Array(m + 1),
  };
  const addTo = (high: Float64Array, low: Float64Array, i: number, term: number): void => {
    const total = high[i] + term;
    const b = total - high[i];
    high[i + 1] = total;
    low[i + 1] = low[i] + (high[i] - (total - b)) + (term - b);
  };
  for (let i = 0; i < m; i++) {
    const x = values[i] - shift;
    sums.weight[i + 1] = sums.weight[i] + weights[i];
    addTo(sums.sumHigh, sums.sumLow, i, weights[i] * x);
    addTo(sums.squareHigh, sums.squareLow, i, weights[i] * x * x);
  }
  return sums;
}

/**
 * Indexes into `values` at which each of the k classes starts (the first is 0), minimising the total
 * weighted within-class sum of squared deviations. Requires values.length > k >= 2. Among equal costs
 * the lowest start index wins, so the result is deterministic.
 */
function optimalClassStarts(values: readonly number[], weights: readonly number[], k: number): number[] {
  const m = values.length;
  const { weight, sumHigh, sumLow, squareHigh, squareLow } = prefixSums(values, weights);
  // Within-class cost of items i..j inclusive: Σw·x² − (Σw·x)²/Σw over the run.
  const segmentCost = (i: number, j: number): number => {
    const sum = sumHigh[j + 1] - sumHigh[i] + (sumLow[j + 1] - sumLow[i]);
    const cost = squareHigh[j + 1] - squareHigh[i] + (squareLow[j + 1] - squareLow[i]) - (sum * sum) / (weight[j + 1] - weight[i]);
    return cost > 0 ? cost : 0;
  };
  // best[c][j]: least cost of items 0..j in c+1 classes; start[c][j]: where the last of them begins.
  const best = Array.from({ length: k }, () => new Float64Array(m).fill(Number.POSITIVE_INFINITY));
  const start = Array.from({ length: k }, () => new Int32Array(m));
  for (let j = 0; j < m; j++) best[0][j] = segmentCost(0, j);
  for (let c = 1; c < k; c++) {
    const previous = best[c - 1];
    const current = best[c];
    const currentStart = start[c];
    const previousStart = start[c - 1];
    // Ends j in [c, m - 1]; the last class of c+1 classes starts somewhere in [c, j], and no further left
    // than the last of c classes ending at j does (Wang & Song's bound, which prunes most of the search).
    const fill = (jLow: number, jHigh: number, startLow: number, startHigh: number): void => {
      if (jLow > jHigh) return;
      const j = (jLow + jHigh) >> 1;
      const first = Math.max(c, startLow, previousStart[j]);
      let bestCost = Number.POSITIVE_INFINITY;
      let bestStart = first;
      const last = Math.min(j, startHigh);
      const sumHighEnd = sumHigh[j + 1];
      const sumLowEnd = sumLow[j + 1];
      const squareHighEnd = squareHigh[j + 1];
      const squareLowEnd = squareLow[j + 1];
      const weightEnd = weight[j + 1];
      for (let i = first; i <= last; i++) {
        // segmentCost(i, j), inlined: this loop is where all the time goes.
        const sum = sumHighEnd - sumHigh[i] + (sumLowEnd - sumLow[i]);
        const spread = squareHighEnd - squareHigh[i] + (squareLowEnd - squareLow[i]) - (sum * sum) / (weightEnd - weight[i]);
        const cost = previous[i - 1] + (spread > 0 ? spread : 0);
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
