/**
 * The boundary band (issue 7): areas of authority A within a distance of authority B's areas, and the
 * reverse, so tensions either side of a council boundary can be compared. Distances are in metres on a
 * local equirectangular projection (errors far below boundary precision over a few kilometres).
 */
import type { Position } from 'geojson';
import type { AreaGeometry, BBox, BoundaryBand } from '../types';
import { isPointInRings } from './point-in-polygon';

/** Mean Earth radius (IUGG), metres. */
const METRES_PER_DEGREE = (Math.PI / 180) * 6_371_008.8;
/** Shared edges digitised separately rarely coincide exactly: within a metre counts as touching. */
export const TOUCHING_TOLERANCE_M = 1;

interface Prepared {
  bbox: BBox;
  /** Polygons, each as rings of positions. */
  polygons: Position[][][];
}

function prepare(geometry: AreaGeometry | null | undefined): Prepared | null {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) for (const ring of polygon) for (const [lng, lat] of ring) {
    if (lng < bbox[0]) bbox[0] = lng;
    if (lat < bbox[1]) bbox[1] = lat;
    if (lng > bbox[2]) bbox[2] = lng;
    if (lat > bbox[3]) bbox[3] = lat;
  }
  return bbox[0] <= bbox[2] ? { bbox, polygons } : null;
}

function expand(bbox: BBox, metres: number): BBox {
  const dLat = metres / METRES_PER_DEGREE;
  const dLng = dLat / Math.max(0.1, Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180));
  return [bbox[0] - dLng, bbox[1] - dLat, bbox[2] + dLng, bbox[3] + dLat];
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Smallest distance (m) from the vertices of `from` that lie inside `window` to the edges of `to`. */
function vertexToEdgeM(from: Prepared, to: Prepared, window: BBox, scaleX: number, stopAtM: number): number {
  let best = Infinity;
  for (const polygon of from.polygons) for (const ring of polygon) for (const [lng, lat] of ring) {
    if (lng < window[0] || lng > window[2] || lat < window[1] || lat > window[3]) continue;
    for (const toPolygon of to.polygons) for (const toRing of toPolygon) {
      for (let v = 0; v < toRing.length - 1; v++) {
        const ax = (toRing[v][0] - lng) * scaleX;
        const ay = (toRing[v][1] - lat) * METRES_PER_DEGREE;
        const dx = (toRing[v + 1][0] - lng) * scaleX - ax;
        const dy = (toRing[v + 1][1] - lat) * METRES_PER_DEGREE - ay;
        const lengthSquared = dx * dx + dy * dy;
        const t = lengthSquared > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared)) : 0;
        const distance = Math.hypot(ax + t * dx, ay + t * dy);
        if (distance < best) {
          best = distance;
          if (best <= stopAtM) return best;
        }
      }
    }
  }
  return best;
}

function contains(outer: Prepared, inner: Prepared): boolean {
  const [lng, lat] = inner.polygons[0][0][0];
  return outer.polygons.some((polygon) => isPointInRings(polygon, lng, lat));
}

/**
 * Distance in metres between two area geometries, or Infinity when it exceeds `withinM`: 0 when one holds a
 * vertex of the other, else the nearest vertex–edge distance either way. Stops early once within
 * `stopAtM`, so the value returned then is only known to be at most that.
 */
export function areaDistanceM(a: AreaGeometry, b: AreaGeometry, withinM = Infinity, stopAtM = 0): number {
  const p = prepare(a);
  const q = prepare(b);
  return p && q ? preparedDistanceM(p, q, withinM, stopAtM) : Infinity;
}

function preparedDistanceM(p: Prepared, q: Prepared, withinM: number, stopAtM: number): number {
  const margin = Number.isFinite(withinM) ? withinM + TOUCHING_TOLERANCE_M : 1e7;
  if (!overlaps(expand(p.bbox, margin), q.bbox)) return Infinity;
  if (contains(q, p) || contains(p, q)) return 0;
  const scaleX = Math.cos((((p.bbox[1] + p.bbox[3]) / 2) * Math.PI) / 180) * METRES_PER_DEGREE;
  const one = vertexToEdgeM(p, q, expand(q.bbox, margin), scaleX, stopAtM);
  if (one <= stopAtM) return one;
  const distance = Math.min(one, vertexToEdgeM(q, p, expand(p.bbox, margin), scaleX, stopAtM));
  return distance <= withinM + TOUCHING_TOLERANCE_M ? distance : Infinity;
}

/** An incremental band computation: call `step` until it returns true, then read `result`. */
export interface BandJob {
  /** Processes up to `areas` more areas; true when all are done. */
  step: (areas: number) => boolean;
  /** Fraction of areas processed, 0–1. */
  progress: () => number;
  result: () => BoundaryBand;
}

/**
 * Starts computing the band of width `distanceM` between authorities `a` and `b` (indexes into the
 * dataset's authorities, per area in `areaAuthorities`). 0 means areas touching the other authority.
 * Run in steps so a large dataset never blocks the page for long.
 */
export function startBoundaryBand(geometries: ReadonlyArray<AreaGeometry | null | undefined>, areaAuthorities: ReadonlyArray<number>, a: number, b: number, distanceM: number): BandJob {
  const prepared = geometries.map(prepare);
  const members = (authority: number) => areaAuthorities.flatMap((x, i) => (x === authority && prepared[i] ? [i] : []));
  const sideA = members(a);
  const sideB = members(b);
  const queue = [...sideA.map((i) => [i, sideB] as const), ...sideB.map((i) => [i, sideA] as const)];
  const found = new Map<number, number>();
  let next = 0;
  const step = (areas: number) => {
    const end = Math.min(queue.length, next + areas);
    for (; next < end; next++) {
      const [index, others] = queue[next];
      let best = Infinity;
      for (const other of others) {
        const d = preparedDistanceM(prepared[index]!, prepared[other]!, distanceM, Math.min(best, TOUCHING_TOLERANCE_M));
        if (d < best) best = d;
        if (best <= TOUCHING_TOLERANCE_M) break;
      }
      if (best <= distanceM + TOUCHING_TOLERANCE_M) found.set(index, best <= TOUCHING_TOLERANCE_M ? 0 : best);
    }
    return next >= queue.length;
  };
  const side = (indexes: number[]) => indexes.flatMap((index) => (found.has(index) ? [{ index, distanceM: found.get(index)! }] : [])).sort((x, y) => x.distanceM - y.distanceM || x.index - y.index);
  return {
    step,
    progress: () => (queue.length ? next / queue.length : 1),
    result: () => ({ sideA: side(sideA), sideB: side(sideB) }),
  };
}

/** The whole band at once (tests, the command line); the app runs `startBoundaryBand` in steps. */
export function boundaryBand(geometries: ReadonlyArray<AreaGeometry | null | undefined>, areaAuthorities: ReadonlyArray<number>, a: number, b: number, distanceM: number): BoundaryBand {
  const job = startBoundaryBand(geometries, areaAuthorities, a, b, distanceM);
  while (!job.step(1000));
  return job.result();
}
