/**
 * Overlap of communities with low-cohesion areas: for each community (e.g. residents born outside the UK),
 * how many of its residents live in areas defined as low cohesion, as a share of the whole community, next
 * to the share of all residents living there ("x% of this community vs y% of all residents").
 *
 * Like-for-like: each community is compared over the same areas for both shares, the areas with its count,
 * the all-resident population and a known low-cohesion status. Areas lacking any of these are left out of
 * that community's figures and counted in `areasLeftOut`, never silently treated as "not low".
 */
import { assertSameLength, hasValue } from './statistics';

/** Residents of one community per area (NaN = no data). */
export interface CommunityCounts {
  id: string;
  label: string;
  counts: ArrayLike<number>;
}

/** One community's overlap. Shares are 0–1; NaN when the community (or all residents) count 0 there. */
export interface CommunityOverlap {
  id: string;
  label: string;
  /** The community's residents over the compared areas. */
  communityResidents: number;
  communityInLowCohesion: number;
  communityShare: number;
  /** All residents over the same areas, and those living in low-cohesion areas. */
  allResidents: number;
  allInLowCohesion: number;
  allShare: number;
  /** communityShare ÷ allShare: above 1 = over-represented in low-cohesion areas (NaN when allShare is 0). */
  ratio: number;
  areasCompared: number;
  areasLeftOut: number;
}

/** All communities' overlaps with the low-cohesion definition they were computed for. */
export interface OverlapSummary {
  /** Plain words for the definition, given by the caller, e.g. "cohesion index quintile 1". */
  definition: string;
  lowCohesionAreas: number;
  communities: CommunityOverlap[];
}

/** Low cohesion = index quintile 1 (the lowest-scoring 20%); unscored areas (NaN) are unknown (null). */
export function lowCohesionFromQuintiles(quintiles: ArrayLike<number>): (boolean | null)[] {
  return Array.from({ length: quintiles.length }, (_unused, i) => (hasValue(quintiles[i]) ? quintiles[i] === 1 : null));
}

/**
 * Low cohesion by a threshold on one indicator: `above` flags values > threshold (e.g. crime rate),
 * `below` values < threshold (e.g. a cohesion survey score); no data (NaN) is unknown (null).
 */
export function lowCohesionFromThreshold(values: ArrayLike<number>, threshold: number, side: 'above' | 'below'): (boolean | null)[] {
  return Array.from({ length: values.length }, (_unused, i) => {
    if (!hasValue(values[i])) return null;
    return side === 'above' ? values[i] > threshold : values[i] < threshold;
  });
}

/**
 * Summarises each community's overlap with low-cohesion areas. `population` is all usual residents per
 * area; `lowCohesion` says per area whether it counts as low cohesion (null = unknown). Counts must be ≥ 0.
 */
export function summariseOverlap(
  communities: readonly CommunityCounts[],
  population: ArrayLike<number>,
  lowCohesion: ArrayLike<boolean | null>,
  definition: string,
): OverlapSummary {
  assertSameLength(population.length, { lowCohesion, ...Object.fromEntries(communities.map((community) => [community.id, community.counts])) });
  let lowCohesionAreas = 0;
  for (let i = 0; i < lowCohesion.length; i++) if (lowCohesion[i] === true) lowCohesionAreas += 1;
  const summaries = communities.map((community): CommunityOverlap => {
    let communityResidents = 0;
    let communityInLowCohesion = 0;
    let allResidents = 0;
    let allInLowCohesion = 0;
    let areasCompared = 0;
    for (let i = 0; i < population.length; i++) {
      const count = community.counts[i];
      const low = lowCohesion[i];
      if (!hasValue(count) || count < 0 || !hasValue(population[i]) || population[i] < 0 || low === null || low === undefined) continue;
      areasCompared += 1;
      communityResidents += count;
      allResidents += population[i];
      if (low) {
        communityInLowCohesion += count;
        allInLowCohesion += population[i];
      }
    }
    const communityShare = communityResidents > 0 ? communityInLowCohesion / communityResidents : NaN;
    const allShare = allResidents > 0 ? allInLowCohesion / allResidents : NaN;
    return {
      id: community.id,
      label: community.label,
      communityResidents,
      communityInLowCohesion,
      communityShare,
      allResidents,
      allInLowCohesion,
      allShare,
      ratio: allShare > 0 ? communityShare / allShare : NaN,
      areasCompared,
      areasLeftOut: population.length - areasCompared,
    };
  });
  return { definition, lowCohesionAreas, communities: summaries };
}

/** The CSV header `toCsvRows` writes. */
export const OVERLAP_CSV_HEADER = [
  'community',
  'low cohesion definition',
  'community residents',
  'community residents in low-cohesion areas',
  'share of community (%)',
  'all residents',
  'all residents in low-cohesion areas',
  'share of all residents (%)',
  'ratio',
  'areas compared',
  'areas left out',
] as const;

/** A share (0–1) as a percent with 2 decimals; a ratio with 3; empty cell for NaN. Plain "." decimals for CSV. */
function csvNumber(value: number, decimals: number): string {
  return hasValue(value) ? (Math.round(value * 10 ** decimals) / 10 ** decimals).toFixed(decimals) : '';
}

/**
 * The summary as CSV rows (header first), one row per community, ready for a CSV writer (Papa.unparse):
 * counts as whole numbers when whole, shares as percents with 2 decimals, empty cells for no value.
 */
export function toCsvRows(summary: OverlapSummary): string[][] {
  const count = (value: number) => (Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100));
  return [
    [...OVERLAP_CSV_HEADER],
    ...summary.communities.map((community) => [
      community.label,
      summary.definition,
      count(community.communityResidents),
      count(community.communityInLowCohesion),
      csvNumber(community.communityShare * 100, 2),
      count(community.allResidents),
      count(community.allInLowCohesion),
      csvNumber(community.allShare * 100, 2),
      csvNumber(community.ratio, 3),
      String(community.areasCompared),
      String(community.areasLeftOut),
    ]),
  ];
}
