/**
 * GeoJSON handed to MapLibre for a boundary dataset: geometry plus only areaCode/areaName, built once per
 * dataset object so the source keeps the same reference for the session (values come through paint).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaDataset, LngLat } from '../../types';
import { labelPoint } from '../../geo/label-point';
import { localAreaName } from '../../analysis/area-name';
import { placeLabels } from './label-placement';

const sourceCache = new WeakMap<AreaDataset, FeatureCollection>();
const labelCache = new WeakMap<AreaDataset, Map<string, AreaLabel[]>>();
const placedCache = new WeakMap<AreaLabel[], Map<number, AreaLabel[]>>();
const priorityCache = new WeakMap<AreaDataset, number[]>();

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

/** How much room an area has for its name: the span of its bounding box (degrees², longitude scaled by latitude). */
function labelPriorities(dataset: AreaDataset): number[] {
  let priorities = priorityCache.get(dataset);
  if (!priorities) {
    priorities = dataset.features.map((feature) => {
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const polygon of polygons) for (const [lng, lat] of polygon[0] ?? []) {
        box[0] = Math.min(box[0], lng); box[1] = Math.min(box[1], lat); box[2] = Math.max(box[2], lng); box[3] = Math.max(box[3], lat);
      }
      return box[0] <= box[2] ? (box[2] - box[0]) * Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180) * (box[3] - box[1]) : 0;
    });
    priorityCache.set(dataset, priorities);
  }
  return priorities;
}

/** Zoom steps at which label placement is worked out again (a placement holds for every zoom above its own). */
const PLACEMENT_STEPS_PER_ZOOM = 2;

/**
 * The area labels drawn at `zoom` in the interface language, none overlapping another: larger areas named
 * first (see label-placement). Worked out once per half zoom level, at the step below the zoom shown.
 */
export function placedAreaLabels(dataset: AreaDataset, locale: string, zoom: number, sizePx: number): AreaLabel[] {
  const labels = areaLabels(dataset, locale);
  const step = Math.floor(zoom * PLACEMENT_STEPS_PER_ZOOM) / PLACEMENT_STEPS_PER_ZOOM;
  let byStep = placedCache.get(labels);
  if (!byStep) placedCache.set(labels, (byStep = new Map()));
  let placed = byStep.get(step);
  if (!placed) {
    const shown = placeLabels(labels, labelPriorities(dataset), step, sizePx);
    placed = labels.filter((_, i) => shown[i]);
    byStep.set(step, placed);
  }
  return placed;
}
