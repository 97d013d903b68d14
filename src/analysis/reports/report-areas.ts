/**
 * The area a tension report counts in, on a boundary layer: the area it names when the layer has that code,
 * else (a place found by postcode) the postcode lookup's LSOA, then ward, when the layer has it, else the area
 * holding its point (the same rules as the incident join: a postcode centroid may fall outside its own LSOA).
 */
import type { AreaDataset, ReportPlace } from '../../types';
import { isPointInRings } from '../../geo/point-in-polygon';

/** Index of the layer's area the place falls in, or -1 (a code not on the layer and no point inside it). */
export function reportAreaIndex(place: ReportPlace, areas: Pick<AreaDataset, 'areaCodes' | 'features'>): number {
  for (const code of [place.areaCode, ...(place.postcodeAreaCodes ?? [])]) {
    const index = code ? areas.areaCodes.indexOf(code.toUpperCase()) : -1;
    if (index !== -1) return index;
  }
  if (!place.position) return -1;
  const [lng, lat] = place.position;
  return areas.features.findIndex((feature) => {
    const geometry = feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.some((rings) => isPointInRings(rings, lng, lat));
  });
}
