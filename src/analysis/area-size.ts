/** Geodesic area of each area polygon, offered as a computed field so every boundary file has something to map. */
import { area as turfArea } from '@turf/turf';
import type { AreaFeature } from '../types';

/** Field id of the computed area, distinct from any real column name. */
export { AREA_KM2_ID as AREA_KM2_FIELD } from './field-registry';

/** Area of each feature in km² (turf's spherical area), rounded to 4 decimals. */
export function areaKm2Values(features: ReadonlyArray<AreaFeature>): number[] {
  return features.map((feature) => Math.round((turfArea(feature) / 1e6) * 1e4) / 1e4);
}
