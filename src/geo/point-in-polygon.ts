/**
 * Exact point-in-polygon by ray casting (crossing number, even–odd), on GeoJSON rings and on a
 * `PolygonIndex` part. Holes are rings like any other: crossing one flips inside/outside again.
 *
 * The edge rule (issue 3), shared by both functions so they always agree:
 * - A ray goes from the point towards +lng. An edge counts as crossed when the point's lat lies in the
 *   edge's half-open range [lower lat, upper lat) and the point lies strictly left of the edge. Horizontal
 *   edges are never crossed.
 * - "Left of" is the sign of one cross product computed from the edge's endpoints in a canonical order
 *   (lower endpoint first), so two areas sharing an edge evaluate it with identical arithmetic whichever way
 *   their rings run.
 * Consequence: where areas tile the plane, a point exactly on a shared edge belongs to exactly one of them —
 * the area on its +lng side, or for a horizontal edge the area on its +lat side; a point on a vertex shared
 * by several areas belongs to the one occupying the sector just up and to the right of it. On the outer
 * boundary of the coverage, points on west/south-facing edges are inside and points on east/north-facing
 * edges are outside.
 */
import type { Position } from 'geojson';
import type { PolygonIndex } from './polygon-index';

/**
 * True when (lng, lat) is inside the polygon given as GeoJSON rings (outer ring and holes, closed or not),
 * by the half-open crossing rule above. Walks every edge: the reference the index is tested against.
 */
export function isPointInRings(rings: ReadonlyArray<ReadonlyArray<Position>>, lng: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const p = ring[i];
      const q = ring[(i + 1) % n];
      let ax = p[0], ay = p[1], bx = q[0], by = q[1];
      if (ay === by) continue;
      if (ay > by) {
        ax = q[0]; ay = q[1]; bx = p[0]; by = p[1];
      }
      if (lat < ay || lat >= by) continue;
      if ((bx - ax) * (lat - ay) - (by - ay) * (lng - ax) > 0) inside = !inside;
    }
  }
  return inside;
}

/**
 * True when (lng, lat) is inside polygon part `part` of the index, by the same rule as `isPointInRings`:
 * a large part tests only the edges listed in the latitude band holding the point, a small one scans all
 * its edges. The caller has checked that the point lies within the part's bbox.
 */
export function isPointInPart(index: PolygonIndex, part: number, lng: number, lat: number): boolean {
  const coords = index.coords;
  const firstBand = index.partBandStart[part];
  const bandCount = index.partBandStart[part + 1] - firstBand;
  let inside = false;
  if (bandCount === 0) {
    const ringStart = index.ringStart;
    for (let ring = index.partRingStart[part], lastRing = index.partRingStart[part + 1]; ring < lastRing; ring++) {
      for (let i = ringStart[ring] * 2, end = (ringStart[ring + 1] - 1) * 2; i < end; i += 2) {
        const ay = coords[i + 1];
        const by = coords[i + 3];
        // Half-open [lower, upper): exactly one endpoint at or below lat (horizontal edges never qualify).
        if ((ay <= lat) === (by <= lat)) continue;
        if (ay < by) {
          if ((coords[i + 2] - coords[i]) * (lat - ay) - (by - ay) * (lng - coords[i]) > 0) inside = !inside;
        } else if ((coords[i] - coords[i + 2]) * (lat - by) - (ay - by) * (lng - coords[i + 2]) > 0) inside = !inside;
      }
    }
    return inside;
  }
  let band = Math.floor((lat - index.partBbox[part * 4 + 1]) * index.partBandScale[part]);
  if (band >= bandCount) band = bandCount - 1;
  else if (band < 0) band = 0;
  band += firstBand;
  const edges = index.bandEdges;
  for (let k = index.bandEdgeStart[band], end = index.bandEdgeStart[band + 1]; k < end; k++) {
    const i = edges[k] * 2;
    let ax = coords[i], ay = coords[i + 1], bx = coords[i + 2], by = coords[i + 3];
    if (ay > by) {
      ax = coords[i + 2]; ay = coords[i + 3]; bx = coords[i]; by = coords[i + 1];
    }
    if (lat < ay || lat >= by) continue;
    if ((bx - ax) * (lat - ay) - (by - ay) * (lng - ax) > 0) inside = !inside;
  }
  return inside;
}
