/** Selectors for several authorities on one map: layers that can be merged, authority of an area. */
import type { AreaAuthority, AreaDataset, AreaLevel, VintageYear } from '../types';
import { vintageYears, vintagesDiffer } from '../data/authorities/detect-vintage';

/** Layers of one level that can be shown as one map, with what the user must know first. */
export interface MergeCandidate {
  key: string;
  level: AreaLevel;
  ids: string[];
  names: string[];
  vintageYears: VintageYear[];
  /** The layers cannot all be of one boundary vintage: warn before merging. */
  mixedVintages: boolean;
}

/**
 * Groups of two or more loaded layers of the same level (LSOA, ward…) that are not themselves merged
 * layers, in load order, example layers apart from real ones; names are their authorities (or labels when the authority is unknown).
 */
export function mergeCandidates(datasets: ReadonlyArray<AreaDataset | undefined>): MergeCandidate[] {
  // The example borough is never merged with real data.
  const byLevel = new Map<string, AreaDataset[]>();
  for (const dataset of datasets) {
    if (!dataset || dataset.level === 'other' || dataset.id.startsWith('merged-')) continue;
    const key = `${dataset.level}${dataset.isExample ? ' example' : ''}`;
    byLevel.set(key, [...(byLevel.get(key) ?? []), dataset]);
  }
  return [...byLevel.values()].filter((list) => list.length > 1).map((list) => {
    const years = vintageYears(list.map((d) => d.vintage));
    return {
      key: `${list[0].level}${list[0].isExample ? ' example' : ''}`,
      level: list[0].level,
      ids: list.map((d) => d.id),
      names: list.map((d) => (d.authorities?.length === 1 ? d.authorities[0].name : d.label)),
      vintageYears: years,
      mixedVintages: vintagesDiffer(years),
    };
  });
}

/** The authority of area `index`, or null when unknown. */
export function areaAuthority(dataset: AreaDataset | undefined, index: number): AreaAuthority | null {
  const authority = dataset?.areaAuthorities?.[index] ?? -1;
  return authority >= 0 ? dataset?.authorities?.[authority] ?? null : null;
}
