/**
 * What MapLibre is handed for a boundary dataset: a URL to its map source (geometry plus only areaCode and
 * areaName, `data/boundary-map-source.ts`), made once per geometry, codes and names, so the source keeps
 * the same URL all session (values come through paint). MapLibre's worker fetches and parses the JSON
 * itself: the main thread never serialises the polygons (issue 20).
 */
import type { AreaDataset, LngLat } from '../../types';
import { labelPoint } from '../../geo/label-point';
import { localAreaName } from '../../analysis/area-name';
import { encodeBoundaryMapSource } from '../../geo/boundary-map-source';
import { placeLabels } from './label-placement';

type SourceParts = Pick<AreaDataset, 'features' | 'areaCodes' | 'areaNames'>;

interface SourceUrl {
  areaCodes: readonly string[];
  areaNames: readonly string[];
  url: string;
}

/** Bytes encoded by the import worker, waiting for the dataset's first draw; keyed by the geometry array. */
const encoded = new WeakMap<object, { areaCodes: readonly string[]; areaNames: readonly string[]; bytes: ArrayBuffer }>();
const urls = new WeakMap<object, SourceUrl>();
// A dataset's geometry gone (removed, replaced): its bytes are let go too.
const revoke = typeof FinalizationRegistry === 'undefined' ? null : new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url));
const labelCache = new WeakMap<AreaDataset, Map<string, AreaLabel[]>>();
const placedCache = new WeakMap<AreaLabel[], Map<number, AreaLabel[]>>();
const priorityCache = new WeakMap<AreaDataset, number[]>();

export interface AreaLabel {
  position: LngLat;
  text: string;
}

/** Keeps the map source the import worker encoded for a dataset, for its first draw. */
export function registerBoundaryMapSource(dataset: SourceParts, bytes: ArrayBuffer): void {
  encoded.set(dataset.features, { areaCodes: dataset.areaCodes, areaNames: dataset.areaNames, bytes });
}

/**
 * The URL of a dataset's map source (feature id = area index): the worker's bytes when they match the
 * dataset's codes and names, else encoded here (datasets made on the main thread: merges, share packages).
 */
export function boundarySourceUrl(dataset: SourceParts): string {
  const known = urls.get(dataset.features);
  if (known && known.areaCodes === dataset.areaCodes && known.areaNames === dataset.areaNames) return known.url;
  const waiting = encoded.get(dataset.features);
  const bytes = waiting && waiting.areaCodes === dataset.areaCodes && waiting.areaNames === dataset.areaNames ? waiting.bytes : encodeBoundaryMapSource(dataset);
  encoded.delete(dataset.features);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/geo+json' }));
  if (known) URL.revokeObjectURL(known.url);
  urls.set(dataset.features, { areaCodes: dataset.areaCodes, areaNames: dataset.areaNames, url });
  revoke?.register(dataset.features, url);
  return url;
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
