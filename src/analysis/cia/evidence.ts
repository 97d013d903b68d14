/**
 * The evidence the workspace already holds, gathered for an assessment's footprint and cited by source:
 * incident counts and trend, hot-spot status, tension ratings and their trend, the cohesion index and its
 * explanation, rapid-change flags, community shares and the places in the footprint. Each part is null (places:
 * an empty list) when the workspace lacks it.
 */
import type { DerivedTensionRating, Place, PlaceCategory, TensionAssessment } from '../../types';
import type { CohesionIndex } from '../cohesion/composite-index';
import { explainAreaScore } from '../cohesion/composite-index';
import type { RapidChangeResult } from '../cohesion/rapid-change';
import { areaTensionOverall } from '../tension/area-overall';
import { deriveTensionRating } from '../tension/derived-rating';
import { gatherIncidentEvidence, type IncidentEvidence, type IncidentEvidenceInput } from './incident-evidence';

/** What the workspace holds for one boundary layer; every per-area array is parallel to `areaCodes`. */
export interface EvidenceInputs {
  areaCodes: readonly string[];
  /** Indexes of the footprint's areas in the layer. */
  footprint: readonly number[];
  incidents?: IncidentEvidenceInput | null;
  /** Gi* classes (+3 … −3, 0, −128 no result) and emerging categories of the last hot-spot run on this layer. */
  hotspots?: { label: string; bins: ArrayLike<number>; emerging: readonly string[] | null } | null;
  tension?: { label: string; rows: readonly TensionAssessment[]; atMs: number } | null;
  cohesion?: { index: CohesionIndex } | null;
  rapidChange?: RapidChangeResult | null;
  community?: { label: string; counts: ArrayLike<number>; totals: ArrayLike<number> } | null;
  /** Place layers (issue 16): their places and the area index each falls in (-1 outside the layer). */
  places?: readonly { label: string; places: readonly Place[]; areaIndex: ArrayLike<number> }[];
}

export interface TensionEvidence {
  label: string;
  atMs: number;
  overall: DerivedTensionRating | null;
  communities: ({ communityType: string } & DerivedTensionRating)[];
  /** Footprint areas whose overall rating calls for a Community Impact Assessment. */
  impactAreas: string[];
}

export interface CiaEvidence {
  areaCount: number;
  incidents: IncidentEvidence | null;
  hotspots: { label: string; hot: { areaCode: string; bin: number }[]; cold: string[]; emerging: Record<string, string[]> } | null;
  tension: TensionEvidence | null;
  cohesion: {
    scored: number;
    meanScore: number | null;
    /** Footprint areas in the district's lowest-scoring fifth. */
    lowestFifth: string[];
    /** The footprint's lowest-scoring area and the indicators pulling its score down most (up to two). */
    weakest: { areaCode: string; score: number; rank: number; pullingDown: string[] } | null;
  } | null;
  rapidChange: { areaCodes: string[] } | null;
  community: { label: string; footprintPercent: number | null; districtPercent: number | null } | null;
  /** Each place layer's places inside the footprint, by name, category and area (an empty list when none). */
  places: { label: string; places: { name: string; category: PlaceCategory; areaCode: string }[] }[];
}

const sharePercent = (count: number, total: number) => (total > 0 ? Math.round((1000 * count) / total) / 10 : null);

function tensionEvidence(input: NonNullable<EvidenceInputs['tension']>, codes: Set<string>): TensionEvidence {
  const rows = input.rows.filter((row) => codes.has(row.areaCode));
  const byCommunity = new Map<string, TensionAssessment[]>();
  for (const row of rows) byCommunity.set(row.communityType, [...(byCommunity.get(row.communityType) ?? []), row]);
  const communities = [...byCommunity].flatMap(([communityType, group]) => {
    const derived = deriveTensionRating(group, input.atMs);
    return derived ? [{ communityType, ...derived }] : [];
  });
  return {
    label: input.label,
    atMs: input.atMs,
    overall: deriveTensionRating(rows, input.atMs),
    communities,
    impactAreas: areaTensionOverall(rows, input.atMs).filter((area) => area.impactAssessment).map((area) => area.areaCode),
  };
}

function cohesionEvidence(index: CohesionIndex, areaCodes: readonly string[], footprint: readonly number[]): NonNullable<CiaEvidence['cohesion']> {
  const scored = footprint.filter((area) => Number.isFinite(index.scores[area]));
  const weakestIndex = scored.reduce<number | null>((worst, area) => (worst === null || index.scores[area] < index.scores[worst] ? area : worst), null);
  const explanation = weakestIndex === null ? null : explainAreaScore(index, weakestIndex);
  return {
    scored: scored.length,
    meanScore: scored.length ? scored.reduce((sum, area) => sum + index.scores[area], 0) / scored.length : null,
    lowestFifth: scored.filter((area) => index.quintiles[area] === 1).map((area) => areaCodes[area]),
    weakest: explanation && weakestIndex !== null
      ? { areaCode: areaCodes[weakestIndex], score: explanation.score, rank: explanation.rank, pullingDown: explanation.components.filter((c) => c.contribution < 0).slice(0, 2).map((c) => c.id) }
      : null,
  };
}

/** Gathers every kind of evidence the inputs hold for the footprint. */
export function gatherEvidence(inputs: EvidenceInputs): CiaEvidence {
  const { areaCodes, footprint } = inputs;
  const codes = new Set(footprint.map((area) => areaCodes[area]));
  const hotspots = inputs.hotspots;
  const community = inputs.community;
  let emerging: Record<string, string[]> = {};
  if (hotspots?.emerging) {
    emerging = {};
    for (const area of footprint) {
      const category = hotspots.emerging[area];
      if (category && category !== 'no-pattern') (emerging[category] ??= []).push(areaCodes[area]);
    }
  }
  const sumOver = (values: ArrayLike<number>, areas: Iterable<number>) => {
    let sum = 0;
    for (const area of areas) if (Number.isFinite(values[area])) sum += values[area];
    return sum;
  };
  const everyArea = areaCodes.map((_code, i) => i);
  return {
    areaCount: footprint.length,
    incidents: inputs.incidents ? gatherIncidentEvidence(inputs.incidents, areaCodes, footprint) : null,
    hotspots: hotspots
      ? {
          label: hotspots.label,
          hot: footprint.filter((area) => hotspots.bins[area] > 0 && hotspots.bins[area] <= 3).map((area) => ({ areaCode: areaCodes[area], bin: hotspots.bins[area] })).sort((a, b) => b.bin - a.bin),
          cold: footprint.filter((area) => hotspots.bins[area] < 0 && hotspots.bins[area] >= -3).map((area) => areaCodes[area]),
          emerging,
        }
      : null,
    tension: inputs.tension ? tensionEvidence(inputs.tension, codes) : null,
    cohesion: inputs.cohesion ? cohesionEvidence(inputs.cohesion.index, areaCodes, footprint) : null,
    rapidChange: inputs.rapidChange ? { areaCodes: inputs.rapidChange.flagged.filter((flag) => codes.has(areaCodes[flag.areaIndex])).map((flag) => areaCodes[flag.areaIndex]) } : null,
    community: community
      ? {
          label: community.label,
          footprintPercent: sharePercent(sumOver(community.counts, footprint), sumOver(community.totals, footprint)),
          districtPercent: sharePercent(sumOver(community.counts, everyArea), sumOver(community.totals, everyArea)),
        }
      : null,
    places: (inputs.places ?? []).map((layer) => {
      const inFootprint = new Set(footprint);
      return {
        label: layer.label,
        places: layer.places.flatMap((place, i) => (inFootprint.has(layer.areaIndex[i]) ? [{ name: place.name, category: place.category, areaCode: areaCodes[layer.areaIndex[i]] }] : [])),
      };
    }),
  };
}

/** The footprint's area indexes in a layer: the named codes found there (in layer order), or every area. */
export function footprintIndexes(areaCodes: readonly string[], footprintCodes: readonly string[] | 'district'): number[] {
  if (footprintCodes === 'district') return areaCodes.map((_code, i) => i);
  const wanted = new Set(footprintCodes);
  return areaCodes.flatMap((code, i) => (wanted.has(code) ? [i] : []));
}
