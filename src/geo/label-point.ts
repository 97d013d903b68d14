/** Where to put an area's label: the pole of inaccessibility of its largest part, so it sits well inside. */
import polylabel from 'polylabel';
import type { AreaGeometry, LngLat } from '../types';

/** Signed-area magnitude of a ring in square degrees (only used to compare parts of one area). */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

/** A point inside the area (largest polygon part), found to within `precisionDeg` degrees. */
export function labelPoint(geometry: AreaGeometry, precisionDeg = 0.0002): LngLat {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0];
  let bestArea = -1;
  for (const polygon of polygons) {
    const a = polygon[0] ? ringArea(polygon[0]) : 0;
    if (a > bestArea) {
      bestArea = a;
      best = polygon;
    }
  }
  const [lng, lat] = polylabel(best as [number, number][][], precisionDeg);
  return [lng, lat];
}
