/** Turns rings of topology vertex keys into WGS84 GeoJSON polygons, via the shared wiggled edge paths. */
import type { Polygon, Position } from 'geojson';
import type { LngLat } from '../../types';
import { planeToLngLat, signedRingAreaKm2, type PlanePoint } from './plane';
import type { EdgePaths } from './wiggle';

/**
 * One polygon from rings of vertex keys: the single counter-clockwise ring is the exterior, clockwise rings
 * are holes. Coordinates are rounded to 6 decimals; a vertex that rounds onto the previous one is dropped
 * (identically in both neighbours, since they share the same rounded path).
 */
export function buildPolygon(rings: string[][], edgePaths: EdgePaths, origin: LngLat): Polygon {
  const planeRings = rings.map((ring) =>
    ring.flatMap((fromKey, k) => edgePaths(fromKey, ring[(k + 1) % ring.length]).slice(0, -1)),
  );
  const outer = planeRings.filter((ring) => signedRingAreaKm2(ring) > 0);
  const holes = planeRings.filter((ring) => signedRingAreaKm2(ring) <= 0);
  if (outer.length !== 1) throw new Error(`expected one exterior ring, found ${outer.length}`);
  return { type: 'Polygon', coordinates: [outer[0], ...holes].map((ring) => toClosedLngLatRing(ring, origin)) };
}

function toClosedLngLatRing(ring: PlanePoint[], origin: LngLat): Position[] {
  const positions: Position[] = [];
  for (const point of ring) {
    const position = planeToLngLat(point, origin);
    const previous = positions[positions.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) positions.push(position);
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) positions.pop();
  if (positions.length < 3) throw new Error('ring collapsed to fewer than 3 positions after rounding');
  positions.push([first[0], first[1]]);
  return positions;
}
