/** Selectors for several authorities on one map: layers that can be merged, authority of an area. */
import type { AreaAuthority, AreaDataset, AreaLevel } from '../types';
import { vintageYears } from '../data/authorities/detect-vintage';

/** Layers of one level that can be shown as one map, with what the user must know first. */
export interface MergeCandidate {
  level: AreaLevel;
  ids: string[];
  names: string[];
  vintageYears: number[];
}

/**
 * Groups of two or more loaded layers of the same level (LSOA, ward…) that are not themselves merged
 * layers, in load order; names are their authorities (or labels when the authority is unknown).
 */
export function mergeCandidates(datasets: ReadonlyArray<AreaDataset | undefined>): MergeCandidate[] {
  const byLevel = new Map<AreaLevel, AreaDataset[]>();
  for (const dataset of datasets) {
    if (!dataset || dataset.level === 'other' || dataset.id.startsWith('merged-')) continue;
    byLevel.set(dataset.level, [...(byLevel.get(dataset.level) ?? []), dataset]);
  }
  return [...byLevel].filter(([, list]) => list.length > 1).map(([level, list]) => ({
    level,
    ids: list.map((d) => d.id),
    names: list.map((d) => (d.authorities?.length === 1 ? d.authorities[0].name : d.label)),
    vintageYears: vintageYears(list.map((d) => d.vintage)),
  }));
}

/** The authority of area `index`, or null when unknown. */
export function areaAuthority(dataset: AreaDataset | undefined, index: number): AreaAuthority | null {
  const authority = dataset?.areaAuthorities?.[index] ?? -1;
  return authority >= 0 ? dataset?.authorities?.[authority] ?? null : null;
}
