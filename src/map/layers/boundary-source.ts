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
