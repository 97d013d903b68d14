/**
 * Flat-plane geometry for the generator. The example region is laid out in kilometres on a local plane
 * (x east, y north) and only converted to WGS84 [lng, lat] at the very end. Over ~30 km an equirectangular
 * conversion distorts shapes negligibly, and areas are measured afterwards on the WGS84 output anyway.
 */
import type { LngLat } from '../../types';

/** A position on the local plane, in kilometres east and north of the region's centre. */
export type PlanePoint = [xKm: number, yKm: number];

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32;

/** Straight-line distance in km. */
export function distanceKm(a: PlanePoint, b: PlanePoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Cross product of (b - a) and (c - a): positive when a → b → c turns left (counter-clockwise). */
export function cross(a: PlanePoint, b: PlanePoint, c: PlanePoint): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Centre of the circle through three points (a Voronoi vertex of their three cells). */
export function circumcenter(a: PlanePoint, b: PlanePoint, c: PlanePoint): PlanePoint {
  const bx = b[0] - a[0];
  const by = b[1] - a[1];
  const cx = c[0] - a[0];
  const cy = c[1] - a[1];
  const d = 2 * (bx * cy - by * cx);
  if (d === 0) throw new Error(`collinear sites have no circumcentre: ${a} ${b} ${c}`);
  const b2 = bx * bx + by * by;
  const c2 = cx * cx + cy * cy;
  return [a[0] + (cy * b2 - by * c2) / d, a[1] + (bx * c2 - cx * b2) / d];
}

/** Signed area of a ring in km² (positive when counter-clockwise); the ring need not repeat its first point. */
export function signedRingAreaKm2(ring: PlanePoint[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Even-odd point-in-ring test. */
export function isPointInRing(point: PlanePoint, ring: PlanePoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** The closest point to `point` on a closed ring's boundary. */
export function nearestPointOnRing(point: PlanePoint, ring: PlanePoint[]): PlanePoint {
  let best: PlanePoint = ring[0];
  let bestDistance = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
    const candidate: PlanePoint = [a[0] + t * dx, a[1] + t * dy];
    const d = distanceKm(point, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/** Converts a plane position to WGS84 [lng, lat] around `origin`, rounded to 6 decimals (~0.1 m). */
export function planeToLngLat(point: PlanePoint, origin: LngLat): LngLat {
  const kmPerDegreeLng = KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((origin[1] * Math.PI) / 180);
  return [roundTo6(origin[0] + point[0] / kmPerDegreeLng), roundTo6(origin[1] + point[1] / KM_PER_DEGREE_LAT)];
}

function roundTo6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
