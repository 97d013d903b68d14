/**
 * Several boundary datasets of one level (e.g. four councils' ward files) joined into one dataset, so a
 * single choropleth and one classification cover all their authorities (issue 7, "merged view").
 */
import type { AreaAuthority, AreaDataset, AreaFeature, AreaVintage, VintageYear } from '../../types';
import { summariseFields } from '../field-detection';
import { vintageYears, vintagesDiffer } from './detect-vintage';
import { unionBBox } from '../../geo/bbox';

/**
 * The vintage of the merged layer when every input's is known and they can be one: the exact year if any
 * input names it ("2014 or later" beside 2022 is 2022), else the latest "or later"; null otherwise.
 */
export function mergedVintage(vintages: ReadonlyArray<AreaVintage | null>): AreaVintage | null {
  if (vintages.length === 0 || vintages.some((v) => v === null)) return null;
  const known = vintages as AreaVintage[];
  if (vintagesDiffer(vintageYears(known))) return null;
  const exact = known.find((v) => !v.orLater);
  if (exact) return { year: exact.year, source: exact.source };
  const latest = known.reduce((a, b) => (b.year > a.year ? b : a));
  return { year: latest.year, orLater: true, source: 'codes' };
}

/** The merged dataset and what the user must be told before comparing its areas. */
export interface MergeResult {
  dataset: AreaDataset;
  /** Distinct vintages of the inputs, oldest first. */
  vintageYears: VintageYear[];
  /** True when two inputs cannot be of the same vintage: areas of different vintages are mixed. */
  mixedVintages: boolean;
  /** Levels of the inputs; more than one means e.g. wards mixed with LSOAs. */
  levels: AreaDataset['level'][];
  /** Codes present in more than one input: the first dataset's area is kept. */
  duplicateCodes: string[];
}

function commonOr<T>(values: T[], fallback: T): T {
  return values.every((v) => v === values[0]) ? values[0] : fallback;
}

/**
 * Concatenates the areas of `datasets` in order (geometry and properties are shared, not copied), keeping
 * each area's authority; an area whose code an earlier dataset already has is dropped. Authorities with the
 * same code (or, without one, the same name) become one.
 */
export function mergeAreaDatasets(datasets: ReadonlyArray<AreaDataset>, options: { id: string; label: string }): MergeResult {
  const features: AreaFeature[] = [];
  const areaCodes: string[] = [];
  const areaNames: string[] = [];
  const areaAuthorities: number[] = [];
  const authorities: AreaAuthority[] = [];
  const authorityIndex = new Map<string, number>();
  const seen = new Set<string>();
  const duplicateCodes: string[] = [];
  for (const dataset of datasets) {
    const remap = (dataset.authorities ?? []).map((authority) => {
      const key = authority.code || `name:${authority.name.toLowerCase()}`;
      let index = authorityIndex.get(key);
      if (index === undefined) {
        index = authorities.push(authority) - 1;
        authorityIndex.set(key, index);
      }
      return index;
    });
    dataset.features.forEach((feature, i) => {
      const code = dataset.areaCodes[i];
      if (code !== '' && seen.has(code)) {
        duplicateCodes.push(code);
        return;
      }
      seen.add(code);
      features.push({ type: 'Feature', id: features.length, geometry: feature.geometry, properties: feature.properties });
      areaCodes.push(code);
      areaNames.push(dataset.areaNames[i]);
      const authority = dataset.areaAuthorities?.[i] ?? -1;
      areaAuthorities.push(authority >= 0 ? remap[authority] : -1);
    });
  }
  const first = datasets[0];
  const levels = [...new Set(datasets.map((d) => d.level))];
  const years = vintageYears(datasets.map((d) => d.vintage));
  const dataset: AreaDataset = {
    format: first.format,
    files: datasets.flatMap((d) => d.files),
    crs: first.crs,
    features,
    fields: summariseFields(features),
    bbox: unionBBox(datasets.map((d) => d.bbox)),
    codeField: commonOr(datasets.map((d) => d.codeField), first.codeField),
    nameField: commonOr(datasets.map((d) => d.nameField), first.nameField),
    codeCandidates: [...new Set(datasets.flatMap((d) => d.codeCandidates))],
    nameCandidates: [...new Set(datasets.flatMap((d) => d.nameCandidates))],
    id: options.id,
    label: options.label,
    areaCodes,
    areaNames,
    level: levels.length === 1 ? levels[0] : 'other',
    isExample: datasets.every((d) => d.isExample),
    authorities,
    areaAuthorities,
    vintage: mergedVintage(datasets.map((d) => d.vintage ?? null)),
  };
  return { dataset, vintageYears: years, mixedVintages: vintagesDiffer(years), levels, duplicateCodes };
}
