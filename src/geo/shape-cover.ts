/**
 * The areas a shape drawn on the map covers (issue 17: an assessment's geography can be drawn). An area is
 * covered when its label point (a point well inside it) lies inside the shape, or when it holds one of the
 * shape's corners, so a small shape drawn inside one area still names that area. Positions are `[lng, lat]`.
 */
import type { AreaGeometry, LngLat } from '../types';
import { bboxOfGeometries } from './bbox';
import { isPointInRings } from './point-in-polygon';
import { labelPoint } from './label-point';

function isPointInArea(geometry: AreaGeometry, [lng, lat]: LngLat): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => isPointInRings(rings, lng, lat));
}

/**
 * Indexes (ascending) of the `geometries` covered by the shape `ring` (three or more corners, open or closed).
 * Areas whose bbox misses the shape's are not examined.
 */
export function areasUnderShape(ring: readonly LngLat[], geometries: readonly AreaGeometry[]): number[] {
  if (ring.length < 3) return [];
  const shape = [ring as LngLat[]];
  const [minLng, minLat, maxLng, maxLat] = bboxOfGeometries([{ type: 'Polygon', coordinates: shape }]);
  return geometries.flatMap((geometry, index) => {
    const [west, south, east, north] = bboxOfGeometries([geometry]);
    if (west > maxLng || east < minLng || south > maxLat || north < minLat) return [];
    const [lng, lat] = labelPoint(geometry);
    return isPointInRings(shape, lng, lat) || ring.some((corner) => isPointInArea(geometry, corner)) ? [index] : [];
  });
}
