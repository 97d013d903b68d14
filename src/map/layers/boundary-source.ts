/**
 * GeoJSON handed to MapLibre for a boundary dataset: geometry plus only areaCode/areaName, built once per
 * dataset object so the source keeps the same reference for the session (values come through paint).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaDataset, LngLat } from '../../types';
import { labelPoint } from '../../geo/label-point';

const sourceCache = new WeakMap<AreaDataset, FeatureCollection>();
const labelCache = new WeakMap<AreaDataset, AreaLabel[]>();

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

/** Label positions and texts for a dataset (names, or codes when there are no names). */
export function areaLabels(dataset: AreaDataset): AreaLabel[] {
  let labels = labelCache.get(dataset);
  if (!labels) {
    labels = dataset.features.map((feature, i) => ({
      position: labelPoint(feature.geometry),
      text: dataset.areaNames[i] || dataset.areaCodes[i],
    }));
    labelCache.set(dataset, labels);
  }
  return labels;
}
