/**
 * Spatial weights between areas for hotspot statistics (issue 5): which areas count as each other's
 * neighbours, by shared boundary (queen contiguity) or by the distance between their label points.
 * Weights are binary and stored compressed-row (CSR) so they cross the worker boundary as two buffers.
 * An area is never listed as its own neighbour: Gi* adds the self-weight itself.
 */
import Flatbush from 'flatbush';
import type { AreaGeometry } from '../types';
import { labelPoint } from './label-point';
import { wgs84ToBng } from './projection';
import { buildPolygonIndex, type PolygonIndex } from './polygon-index';

/** Binary spatial weights: the neighbours of area i are `neighbours[offsets[i]]` up to `neighbours[offsets[i + 1]]`, ascending. */
export interface SpatialWeights {
  areaCount: number;
  /** Length areaCount + 1. */
  offsets: Int32Array;
  /** Area indexes; symmetric (j lists i whenever i lists j); never i itself. */
  neighbours: Int32Array;
}

/** Tuning of `queenContiguityWeights`. */
export interface QueenContiguityOptions {
  /**
   * Boundaries closer than this many degrees count as touching (default 1e-7°, about 1 cm). Raise it (e.g. to
   * 1e-4°, about 10 m) for boundaries generalised one area at a time, which leave slivers between neighbours.
   */
  toleranceDeg?: number;
}

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const RADIANS = Math.PI / 180;

/** CSR weights from an unordered list of undirected pairs (each pair once, i ≠ j). */
function weightsFromPairs(areaCount: number, first: number[], second: number[]): SpatialWeights {
  const offsets = new Int32Array(areaCount + 1);
  for (let k = 0; k < first.length; k++) {
    offsets[first[k] + 1] += 1;
    offsets[second[k] + 1] += 1;
  }
  for (let i = 0; i < areaCount; i++) offsets[i + 1] += offsets[i];
  const neighbours = new Int32Array(offsets[areaCount]);
  const cursor = offsets.slice(0, areaCount);
  for (let k = 0; k < first.length; k++) {
    neighbours[cursor[first[k]]++] = second[k];
    neighbours[cursor[second[k]]++] = first[k];
  }
  for (let i = 0; i < areaCount; i++) neighbours.subarray(offsets[i], offsets[i + 1]).sort();
  return { areaCount, offsets, neighbours };
}

/** Squared distance from point p to segment a–b (planar, in degrees). */
function pointSegmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** True when segments a–b and c–d cross or come within sqrt(toleranceSquared) of each other. */
function segmentsTouch(c: Float64Array, a: number, b: number, toleranceSquared: number): boolean {
  const ax = c[a * 2], ay = c[a * 2 + 1], bx = c[a * 2 + 2], by = c[a * 2 + 3];
  const cx = c[b * 2], cy = c[b * 2 + 1], dx = c[b * 2 + 2], dy = c[b * 2 + 3];
  if (pointSegmentDistanceSquared(ax, ay, cx, cy, dx, dy) <= toleranceSquared) return true;
  if (pointSegmentDistanceSquared(bx, by, cx, cy, dx, dy) <= toleranceSquared) return true;
  if (pointSegmentDistanceSquared(cx, cy, ax, ay, bx, by) <= toleranceSquared) return true;
  if (pointSegmentDistanceSquared(dx, dy, ax, ay, bx, by) <= toleranceSquared) return true;
  // Proper crossing (overlapping generalised polygons): endpoints on strictly opposite sides both ways.
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/** First vertex of every edge of `part` (any ring) whose bbox meets `region` = [minX, minY, maxX, maxY]. */
function edgesMeeting(index: PolygonIndex, part: number, region: readonly number[], out: number[]): void {
  out.length = 0;
  const c = index.coords;
  for (let ring = index.partRingStart[part]; ring < index.partRingStart[part + 1]; ring++) {
    for (let v = index.ringStart[ring]; v < index.ringStart[ring + 1] - 1; v++) {
      const ax = c[v * 2], ay = c[v * 2 + 1], bx = c[v * 2 + 2], by = c[v * 2 + 3];
      if (Math.max(ax, bx) < region[0] || Math.min(ax, bx) > region[2]) continue;
      if (Math.max(ay, by) < region[1] || Math.min(ay, by) > region[3]) continue;
      out.push(v);
    }
  }
}

/**
 * Queen contiguity: two areas are neighbours when their boundaries (outer rings or holes) share a vertex or
 * an edge, or touch anywhere within `toleranceDeg` — a vertex of one on an edge of the other counts too, so
 * generalised files whose shared vertices differ in the last decimals, or whose neighbours do not repeat
 * each other's vertices, still connect; so do generalised polygons that overlap slightly. An area lying
 * wholly inside another without touching its boundary is not its neighbour. Part pairs are found with a
 * flatbush tree of part bboxes, and only edges inside the two bboxes' overlap are compared.
 */
export function queenContiguityWeights(
  geometries: ReadonlyArray<AreaGeometry | null | undefined>,
  options: QueenContiguityOptions = {},
): SpatialWeights {
  const tolerance = options.toleranceDeg ?? 1e-7;
  const toleranceSquared = tolerance * tolerance;
  const index = buildPolygonIndex(geometries);
  const partCount = index.partArea.length;
  const areaCount = geometries.length;
  const first: number[] = [];
  const second: number[] = [];
  if (partCount === 0) return weightsFromPairs(areaCount, first, second);
  const tree = new Flatbush(partCount);
  const box = index.partBbox;
  for (let p = 0; p < partCount; p++) tree.add(box[p * 4] - tolerance, box[p * 4 + 1] - tolerance, box[p * 4 + 2] + tolerance, box[p * 4 + 3] + tolerance);
  tree.finish();
  const found = new Set<number>();
  const edgesP: number[] = [];
  const edgesQ: number[] = [];
  for (let p = 0; p < partCount; p++) {
    const a = index.partArea[p];
    for (const q of tree.search(box[p * 4], box[p * 4 + 1], box[p * 4 + 2], box[p * 4 + 3])) {
      const b = index.partArea[q];
      if (b <= a || found.has(a * areaCount + b)) continue;
      const region = [
        Math.max(box[p * 4], box[q * 4]) - tolerance,
        Math.max(box[p * 4 + 1], box[q * 4 + 1]) - tolerance,
        Math.min(box[p * 4 + 2], box[q * 4 + 2]) + tolerance,
        Math.min(box[p * 4 + 3], box[q * 4 + 3]) + tolerance,
      ];
      edgesMeeting(index, p, region, edgesP);
      if (edgesP.length === 0) continue;
      edgesMeeting(index, q, region, edgesQ);
      if (!edgesP.some((e) => edgesQ.some((f) => segmentsTouch(index.coords, e, f, toleranceSquared)))) continue;
      found.add(a * areaCount + b);
      first.push(a);
      second.push(b);
    }
  }
  return weightsFromPairs(areaCount, first, second);
}

/** Great-circle distance in metres between two [lng, lat] positions (haversine, mean Earth radius). */
export function haversineDistanceM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RADIANS) / 2);
  const sinLng = Math.sin(((lng2 - lng1) * RADIANS) / 2);
  const h = sinLat * sinLat + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * sinLng * sinLng;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance band: areas whose points (label points or centroids, `lng[i]`/`lat[i]` for area i) lie within
 * `distanceM` metres of each other, inclusive, measured in British National Grid metres (EPSG:27700, the
 * straight-line distance between the projected points, as R's spdep `dnearneigh` measures on BNG
 * coordinates and as a council analyst checks them; issue 19). Haversine on a sphere was 0.06–0.33 %
 * shorter, linking pairs just beyond the band. An area with a NaN position has no neighbours. Points are
 * swept in northing order, so only pairs within the band's northing span are measured.
 */
export function distanceBandWeights(lng: Float64Array, lat: Float64Array, distanceM: number): SpatialWeights {
  if (lng.length !== lat.length) throw new Error('distanceBandWeights: lng and lat differ in length');
  if (!(distanceM >= 0)) throw new Error(`distanceBandWeights: distance must be ≥ 0 metres, got ${distanceM}`);
  const areaCount = lng.length;
  const easting = new Float64Array(areaCount).fill(NaN);
  const northing = new Float64Array(areaCount).fill(NaN);
  for (let i = 0; i < areaCount; i++) {
    if (Number.isFinite(lng[i]) && Number.isFinite(lat[i])) [easting[i], northing[i]] = wgs84ToBng(lng[i], lat[i]);
  }
  const order = Array.from({ length: areaCount }, (_, i) => i)
    .filter((i) => Number.isFinite(easting[i]) && Number.isFinite(northing[i]))
    .sort((i, j) => northing[i] - northing[j]);
  const first: number[] = [];
  const second: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    for (let m = k + 1; m < order.length && northing[order[m]] - northing[i] <= distanceM; m++) {
      const j = order[m];
      if (Math.hypot(easting[j] - easting[i], northing[j] - northing[i]) <= distanceM) {
        first.push(i);
        second.push(j);
      }
    }
  }
  return weightsFromPairs(areaCount, first, second);
}

/** Label points of the areas as parallel arrays (NaN for an area without geometry), for `distanceBandWeights`. */
export function areaLabelPoints(geometries: ReadonlyArray<AreaGeometry | null | undefined>): { lng: Float64Array; lat: Float64Array } {
  const lng = new Float64Array(geometries.length).fill(NaN);
  const lat = new Float64Array(geometries.length).fill(NaN);
  geometries.forEach((geometry, i) => {
    if (!geometry || geometry.coordinates.length === 0) return;
    [lng[i], lat[i]] = labelPoint(geometry);
  });
  return { lng, lat };
}
