/**
 * GeoJSON handed to MapLibre for a boundary dataset: geometry plus only areaCode/areaName, built once per
 * dataset object so the source keeps the same reference for the session (values come through paint).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaDataset, LngLat } from '../../types';
import { labelPoint } from '../../geo/label-point';
import { localAreaName } from '../../analysis/area-name';

const sourceCache = new WeakMap<AreaDataset, FeatureCollection>();
const labelCache = new WeakMap<AreaDataset, Map<string, AreaLabel[]>>();

export interface AreaLabel {
  position: LngLat;
  text: string;
}

/** The FeatureCollection for a dataset's MapLibre source (feature id = area index). */
export function boundarySourceData(dataset: AreaDataset): FeatureCollection {
  let data = sourceCache.get(dataset);
  if (!data) {
    data = {
      type: 'FeatureCollection',
      features: dataset.features.map((feature, i) => ({
        type: 'Feature',
        id: i,
        geometry: feature.geometry,
        properties: { areaCode: dataset.areaCodes[i], areaName: dataset.areaNames[i] },
      })),
    };
    sourceCache.set(dataset, data);
  }
  return data;
}

/**
 * Label positions and texts for a dataset in the interface language (Welsh names where the data has them;
 * codes when there are no names). Positions are computed once per dataset, texts once per language.
 */
export function areaLabels(dataset: AreaDataset, locale = 'en'): AreaLabel[] {
  let byLocale = labelCache.get(dataset);
  if (!byLocale) labelCache.set(dataset, (byLocale = new Map()));
  let labels = byLocale.get(locale);
  if (!labels) {
    const positions = byLocale.values().next().value?.map((label) => label.position) ?? dataset.features.map((feature) => labelPoint(feature.geometry));
    labels = positions.map((position, i) => ({ position, text: localAreaName(dataset, i, locale) }));
    byLocale.set(locale, labels);
  }
  return labels;
}
