/**
 * The GeoJSON a boundary dataset's map source is made of — geometry, feature id = area index, and only
 * areaCode and areaName as properties (values reach the map through paint, issue 20) — as one object, or
 * encoded as UTF-8 JSON. The import worker encodes it next to the dataset and transfers the bytes, so the
 * map is given a URL to the bytes: MapLibre's own worker then reads them, and the main thread never walks
 * 35,000 polygons to hand them to MapLibre (which took most of a national load's main-thread time).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaDataset } from '../types';

type SourceParts = Pick<AreaDataset, 'features' | 'areaCodes' | 'areaNames'>;

/** The FeatureCollection for a dataset's map source (feature id = area index). */
export function boundaryMapSource(dataset: SourceParts): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: dataset.features.map((feature, i) => ({
      type: 'Feature',
      id: i,
      geometry: feature.geometry,
      properties: { areaCode: dataset.areaCodes[i], areaName: dataset.areaNames[i] },
    })),
  };
}

/** The map source as UTF-8 JSON bytes (an ArrayBuffer of its own, so it can be transferred). */
export function encodeBoundaryMapSource(dataset: SourceParts): ArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(boundaryMapSource(dataset)));
  return bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
}
