/**
 * Synthetic incident points for the join benchmark, shaped like police.uk data: rows snapped to a smaller
 * set of locations, busy locations much busier than quiet ones, and a share of rows outside every area.
 * Everything comes from a seeded generator, so every run measures the same points.
 */
import Flatbush from 'flatbush';
import { isPointInRings } from '../../geo/point-in-polygon';
import type { AreaGeometry, BBox } from '../../types';
import { createRandom, type Random } from '../example/random';

/** What to generate. */
export interface BenchPointsOptions {
  count: number;
  seed: number;
  /** Distinct snap locations inside the areas per point (police.uk: roughly one per 3–5 rows). */
  locationsPerPoint: number;
  /** Share of points placed outside every area (in the sea or beyond the edge of the coverage). */
  outsideShare: number;
}

/** Generated points and how many were placed outside every area on purpose. */
export interface BenchPoints {
  lng: Float64Array;
  lat: Float64Array;
  outsideCount: number;
  locationCount: number;
}

function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringBbox(ring: number[][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
  }
  return box;
}

/** A point inside the first part of the geometry, by rejection sampling in its bbox (null if unlucky). */
function randomPointIn(geometry: AreaGeometry, random: Random): [number, number] | null {
  const polygon = polygonsOf(geometry)[0];
  if (!polygon || polygon.length === 0) return null;
  const box = ringBbox(polygon[0]);
  for (let attempt = 0; attempt < 50; attempt++) {
    const x = box[0] + (box[2] - box[0]) * random();
    const y = box[1] + (box[3] - box[1]) * random();
    if (isPointInRings(polygon, x, y)) return [x, y];
  }
  return null;
}

/** A flatbush tree of every part's bbox, for the independent "is this point outside?" check. */
function indexParts(geometries: ReadonlyArray<AreaGeometry>) {
  const parts = geometries.flatMap((geometry) => polygonsOf(geometry).filter((polygon) => polygon.length > 0));
  const tree = new Flatbush(Math.max(1, parts.length));
  for (const polygon of parts) tree.add(...ringBbox(polygon[0]));
  if (parts.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return (x: number, y: number) => tree.search(x, y, x, y).some((k) => parts[k] !== undefined && isPointInRings(parts[k], x, y));
}

/**
 * Points for the benchmark. Snap locations sit inside randomly chosen areas (areas such as LSOAs have
 * similar populations, so picking areas uniformly puts more locations where areas are small and dense);
 * each inside point picks a location with a skewed draw (u³), so a few locations take many rows. Outside
 * points are uniform over the areas' bbox grown by 10%, kept only when no area holds them.
 */
export function generateBenchPoints(geometries: ReadonlyArray<AreaGeometry>, bbox: BBox, options: BenchPointsOptions): BenchPoints {
  const random = createRandom(options.seed);
  const outsideCount = Math.round(options.count * options.outsideShare);
  const insideCount = options.count - outsideCount;
  const locationCount = Math.max(1, Math.round(options.count * options.locationsPerPoint));
  const locationLng = new Float64Array(locationCount);
  const locationLat = new Float64Array(locationCount);
  for (let k = 0; k < locationCount; k++) {
    let point: [number, number] | null = null;
    while (point === null) point = randomPointIn(geometries[Math.floor(random() * geometries.length)], random);
    locationLng[k] = point[0];
    locationLat[k] = point[1];
  }
  const lng = new Float64Array(options.count);
  const lat = new Float64Array(options.count);
  for (let i = 0; i < insideCount; i++) {
    const k = Math.floor(random() ** 3 * locationCount);
    lng[i] = locationLng[k];
    lat[i] = locationLat[k];
  }
  const isInsideSomeArea = indexParts(geometries);
  const padX = (bbox[2] - bbox[0]) * 0.1;
  const padY = (bbox[3] - bbox[1]) * 0.1;
  for (let i = insideCount; i < options.count;) {
    const x = bbox[0] - padX + (bbox[2] - bbox[0] + 2 * padX) * random();
    const y = bbox[1] - padY + (bbox[3] - bbox[1] + 2 * padY) * random();
    if (isInsideSomeArea(x, y)) continue;
    lng[i] = x;
    lat[i] = y;
    i++;
  }
  // Shuffle (Fisher–Yates): files list rows by month and force, not in any spatial order.
  for (let i = options.count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const x = lng[i]; lng[i] = lng[j]; lng[j] = x;
    const y = lat[i]; lat[i] = lat[j]; lat[j] = y;
  }
  return { lng, lat, outsideCount, locationCount };
}
