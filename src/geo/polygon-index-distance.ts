/**
 * Distance from a point to the boundary of an indexed area, in metres: used to show that points the join
 * places differently from a file's own codes sit near edges that generalisation moved (issue 3).
 */
import type { PolygonIndex } from './polygon-index';

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

/**
 * Metres from (lng, lat) to the nearest edge (outer ring or hole) of area `area`; Infinity when the area has
 * no geometry. Uses an equirectangular projection centred on the point: within a few kilometres, as here,
 * the error is far below the metre-level precision of the boundaries.
 */
export function distanceToAreaEdgeM(index: PolygonIndex, area: number, lng: number, lat: number): number {
  const scaleX = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
  const coords = index.coords;
  let best = Infinity;
  const firstRing = index.partRingStart[index.areaPartStart[area]];
  const endRing = index.partRingStart[index.areaPartStart[area + 1]];
  for (let ring = firstRing; ring < endRing; ring++) {
    for (let v = index.ringStart[ring]; v < index.ringStart[ring + 1] - 1; v++) {
      const ax = (coords[v * 2] - lng) * scaleX;
      const ay = (coords[v * 2 + 1] - lat) * METRES_PER_DEGREE;
      const bx = (coords[v * 2 + 2] - lng) * scaleX;
      const by = (coords[v * 2 + 3] - lat) * METRES_PER_DEGREE;
      // Closest point of segment a–b to the origin (the point itself).
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared)) : 0;
      const distance = Math.hypot(ax + t * dx, ay + t * dy);
      if (distance < best) best = distance;
    }
  }
  return best;
}
