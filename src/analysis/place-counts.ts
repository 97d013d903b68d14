/**
 * Places counted per area (issue 16): which area of a boundary layer each place falls in (the same
 * point-in-polygon rule as the incident join), and per area how many of each category.
 */
import type { Place, PlaceCategory } from '../types';
import type { PolygonIndex } from '../geo/polygon-index';
import { locatePoints } from '../geo/polygon-index-locate';

/** Where the places fall: an area index per place (-1 outside every area), and counts per area by category. */
export interface PlaceAreaCounts {
  areaIndex: Int32Array;
  /** `byArea[area]`: category → count, only categories present. */
  byArea: Partial<Record<PlaceCategory, number>>[];
  outside: number;
}

/** Locates `places` in the areas of `index` and counts them per area and category. */
export function countPlacesInAreas(places: readonly Place[], index: PolygonIndex): PlaceAreaCounts {
  const areaIndex = locatePoints(index, Float64Array.from(places, (p) => p.position[0]), Float64Array.from(places, (p) => p.position[1]));
  const byArea: Partial<Record<PlaceCategory, number>>[] = Array.from({ length: index.areaCount }, () => ({}));
  let outside = 0;
  places.forEach((place, i) => {
    const area = areaIndex[i];
    if (area < 0) {
      outside += 1;
      return;
    }
    byArea[area][place.category] = (byArea[area][place.category] ?? 0) + 1;
  });
  return { areaIndex, byArea, outside };
}
