/**
 * The composite cohesion index: each selected indicator standardised to z-scores over the areas that have
 * it, signed by its direction so that higher always means more cohesive, then a weighted mean per area.
 *
 * Rules (documented for the UI and the report):
 * - z = (value − mean) ÷ SD over the areas with data for that indicator (population SD, ÷ n).
 * - signed z = +z for `positive` indicators, −z for `negative` ones.
 * - score = Σ wᵢ·signed zᵢ ÷ Σ wᵢ over the indicators the area has. An area is scored only when the
 *   indicators it has carry at least `minWeightShare` (default half) of the total weight; otherwise its
 *   score is NaN ("not enough data") and it gets no rank or quintile.
 * - rank 1 = the lowest score = the least cohesive by these proxies; ties share the smallest rank.
 * - quintile 1 = the lowest-scoring 20% (fewer than n/5 areas score lower), 5 the highest; ties share a
 *   quintile, and the lowest area is always in quintile 1 (see `groupsFromRanks`).
 * - Indicators marked `unreliable`, with fewer than 2 areas of data, or with no variation (SD 0) are left
 *   out and listed in `excluded`; an unreliable indicator can still be mapped on its own.
 */
import type { CohesionDirection } from '../../types/cohesion';
import { groupsFromRanks, rankValues } from './ranking';
import { assertSameLength, hasValue, summariseValues } from './statistics';

/** One indicator offered to the index: values per area (NaN = no data), direction and weight (default 1). */
export interface IndexIndicatorInput {
  id: string;
  values: ArrayLike<number>;
  direction: CohesionDirection;
  weight?: number;
  unreliable?: boolean;
}

/** `minWeightShare`: the share of the total weight an area's available indicators must reach (0 < s ≤ 1). */
export interface CompositeIndexOptions {
  minWeightShare?: number;
}

/** Why an indicator was left out of the index. */
export type IndexExclusionReason = 'unreliable' | 'too-few-areas' | 'no-variation';

/** An indicator used in the index, with the mean and SD its z-scores came from. */
export interface IndexComponent {
  id: string;
  direction: CohesionDirection;
  weight: number;
  mean: number;
  stdDev: number;
  areasWithData: number;
}

/** The index over all areas: per-area arrays parallel to the input, NaN = not scored. */
export interface CohesionIndex {
  components: IndexComponent[];
  excluded: { id: string; reason: IndexExclusionReason }[];
  /** z-scores per component (parallel to `components`), unsigned; NaN where the area has no value. */
  zScores: Float64Array[];
  scores: Float64Array;
  /** 1 = lowest score (least cohesive); ties share the smallest rank. */
  ranks: Float64Array;
  /** 1 = lowest-scoring 20% … 5 = highest-scoring 20%. */
  quintiles: Float64Array;
  scoredCount: number;
  minWeightShare: number;
}

/** Default share of the total weight an area needs to be scored: at least half. */
export const DEFAULT_MIN_WEIGHT_SHARE = 0.5;

const EPSILON_SHARE = 1e-12;

function checkInputs(indicators: readonly IndexIndicatorInput[], minWeightShare: number): void {
  if (indicators.length === 0) throw new Error('the cohesion index needs at least one indicator');
  if (!(minWeightShare > 0 && minWeightShare <= 1)) throw new Error(`minWeightShare must be above 0 and at most 1, got ${minWeightShare}`);
  const ids = new Set<string>();
  for (const indicator of indicators) {
    if (ids.has(indicator.id)) throw new Error(`indicator "${indicator.id}" is given twice`);
    ids.add(indicator.id);
    const weight = indicator.weight ?? 1;
    if (!(weight > 0) || !Number.isFinite(weight)) throw new Error(`indicator "${indicator.id}" has weight ${weight}; weights must be above 0`);
  }
  assertSameLength(indicators[0].values.length, Object.fromEntries(indicators.map((indicator) => [indicator.id, indicator.values])));
}

/** Standardises, signs, weights and averages the indicators per area; then ranks and quintiles the scores. */
export function computeCohesionIndex(indicators: readonly IndexIndicatorInput[], options: CompositeIndexOptions = {}): CohesionIndex {
  const minWeightShare = options.minWeightShare ?? DEFAULT_MIN_WEIGHT_SHARE;
  checkInputs(indicators, minWeightShare);
  const areaCount = indicators[0].values.length;
  const components: IndexComponent[] = [];
  const excluded: CohesionIndex['excluded'] = [];
  const zScores: Float64Array[] = [];
  for (const indicator of indicators) {
    const summary = summariseValues(indicator.values);
    const reason: IndexExclusionReason | null = indicator.unreliable ? 'unreliable' : summary.count < 2 ? 'too-few-areas' : summary.stdDev === 0 ? 'no-variation' : null;
    if (reason) {
      excluded.push({ id: indicator.id, reason });
      continue;
    }
    components.push({ id: indicator.id, direction: indicator.direction, weight: indicator.weight ?? 1, mean: summary.mean, stdDev: summary.stdDev, areasWithData: summary.count });
    const z = new Float64Array(areaCount).fill(NaN);
    for (let i = 0; i < areaCount; i++) if (hasValue(indicator.values[i])) z[i] = (indicator.values[i] - summary.mean) / summary.stdDev;
    zScores.push(z);
  }
  const totalWeight = components.reduce((sum, component) => sum + component.weight, 0);
  const scores = new Float64Array(areaCount).fill(NaN);
  let scoredCount = 0;
  for (let i = 0; i < areaCount; i++) {
    let weighted = 0;
    let weight = 0;
    components.forEach((component, c) => {
      if (!hasValue(zScores[c][i])) return;
      weighted += component.weight * (component.direction === 'positive' ? zScores[c][i] : -zScores[c][i]);
      weight += component.weight;
    });
    // A tiny tolerance so that, e.g., 3 of 6 equal weights count as exactly half despite rounding.
    if (weight > 0 && weight >= totalWeight * minWeightShare * (1 - EPSILON_SHARE)) {
      scores[i] = weighted / weight;
      scoredCount += 1;
    }
  }
  const ranks = rankValues(scores, 'lowest-first');
  return { components, excluded, zScores, scores, ranks, quintiles: groupsFromRanks(ranks, scoredCount, 5), scoredCount, minWeightShare };
}

/**
 * One indicator's part in an area's score. `contribution` = weight × signed z ÷ the weight the area has,
 * so an area's contributions add up to its score; `share` = |contribution| ÷ Σ |contributions| (0–1).
 */
export interface ScoreComponent {
  id: string;
  z: number;
  signedZ: number;
  weight: number;
  contribution: number;
  share: number;
}

/** Why an area scores what it does: its components, the most negative contribution first, and what it lacks. */
export interface ScoreExplanation {
  areaIndex: number;
  score: number;
  rank: number;
  quintile: number;
  /** The share of the index's total weight this area has data for (0–1). */
  weightShare: number;
  components: ScoreComponent[];
  /** Components the area has no value for. */
  missing: string[];
}

/**
 * Explains one area's score: per component its z, signed contribution and share, sorted by how much it
 * pulls the score down (most negative contribution first; ties in component order). Also given for
 * unscored areas (score NaN), so the UI can show what data they lack.
 */
export function explainAreaScore(index: CohesionIndex, areaIndex: number): ScoreExplanation {
  if (!Number.isInteger(areaIndex) || areaIndex < 0 || areaIndex >= index.scores.length) throw new Error(`area index ${areaIndex} is outside 0–${index.scores.length - 1}`);
  const present = index.components.flatMap((component, c) => {
    const z = index.zScores[c][areaIndex];
    return hasValue(z) ? [{ component, z, signedZ: component.direction === 'positive' ? z : -z }] : [];
  });
  const missing = index.components.filter((_component, c) => !hasValue(index.zScores[c][areaIndex])).map((component) => component.id);
  const weight = present.reduce((sum, part) => sum + part.component.weight, 0);
  const totalWeight = index.components.reduce((sum, component) => sum + component.weight, 0);
  const contributions = present.map((part) => (part.component.weight * part.signedZ) / weight);
  const absoluteTotal = contributions.reduce((sum, contribution) => sum + Math.abs(contribution), 0);
  const components = present
    .map((part, p): ScoreComponent => ({
      id: part.component.id,
      z: part.z,
      signedZ: part.signedZ,
      weight: part.component.weight,
      contribution: contributions[p],
      share: absoluteTotal > 0 ? Math.abs(contributions[p]) / absoluteTotal : 0,
    }))
    .map((component, order) => ({ component, order }))
    .sort((a, b) => a.component.contribution - b.component.contribution || a.order - b.order)
    .map(({ component }) => component);
  return {
    areaIndex,
    score: index.scores[areaIndex],
    rank: index.ranks[areaIndex],
    quintile: index.quintiles[areaIndex],
    weightShare: totalWeight > 0 ? weight / totalWeight : 0,
    components,
    missing,
  };
}
