/**
 * Ranks and equal-sized groups (quintiles, tertiles) of areas by value.
 *
 * Ties: standard competition ranking ("1224"), as spreadsheet RANK does: tied areas share the best
 * (smallest) rank number and the next rank skips. Groups follow from ranks, so tied areas always land in
 * the same group, the lower one.
 */
import { hasValue } from './statistics';

/** `highest-first`: rank 1 = highest value (benchmarks); `lowest-first`: rank 1 = lowest value (the index). */
export type RankOrder = 'highest-first' | 'lowest-first';

/** Competition rank of every area among the areas with data (1 = first in `order`); NaN for no data. */
export function rankValues(values: ArrayLike<number>, order: RankOrder): Float64Array {
  const ranks = new Float64Array(values.length).fill(NaN);
  const indexes: number[] = [];
  for (let i = 0; i < values.length; i++) if (hasValue(values[i])) indexes.push(i);
  const sign = order === 'highest-first' ? -1 : 1;
  indexes.sort((a, b) => sign * (values[a] - values[b]) || a - b);
  indexes.forEach((areaIndex, position) => {
    const previous = position > 0 ? indexes[position - 1] : -1;
    ranks[areaIndex] = previous >= 0 && values[previous] === values[areaIndex] ? ranks[previous] : position + 1;
  });
  return ranks;
}

/**
 * The group (1 to `groupCount`) of each rank among `rankedCount` ranked areas: an area is in group g when
 * the share of areas ranked ahead of it, (rank − 1) / n, is at least (g − 1)/G and below g/G, i.e.
 * group = floor(G · (rank − 1) / n) + 1. With ranks lowest-first and G = 5, quintile 1 is the lowest-scoring
 * 20%, and the lowest area is always in it, however few areas there are. NaN ranks give NaN.
 */
export function groupsFromRanks(ranks: ArrayLike<number>, rankedCount: number, groupCount: number): Float64Array {
  const groups = new Float64Array(ranks.length).fill(NaN);
  for (let i = 0; i < ranks.length; i++) {
    if (hasValue(ranks[i])) groups[i] = Math.min(groupCount, Math.floor((groupCount * (ranks[i] - 1)) / rankedCount) + 1);
  }
  return groups;
}
