/**
 * The benchmark's baseline join: what a straightforward implementation does. A flatbush tree of every
 * area's bbox as prefilter, then turf `booleanPointInPolygon` on the candidates for each point in input
 * order (no de-duplication, no Hilbert sort). Candidates are tried in ascending area index, so overlaps
 * go to the lowest index as in our join; turf counts a point on an edge as inside, which only matters for
 * points exactly on an edge (the benchmark's random points practically never are).
 */
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import { bboxOfGeometries } from '../../geo/bbox';
import type { AreaGeometry } from '../../types';

/** The prefilter tree and the geometries it indexes (area i is item i). */
export interface BaselineIndex {
  tree: Flatbush;
  geometries: ReadonlyArray<AreaGeometry>;
}

/** Indexes the areas' bboxes (an area without positions gets an empty box no point can hit). */
export function buildBaselineIndex(geometries: ReadonlyArray<AreaGeometry>): BaselineIndex {
  const tree = new Flatbush(Math.max(1, geometries.length));
  for (const geometry of geometries) {
    const [minX, minY, maxX, maxY] = bboxOfGeometries([geometry]);
    if (minX <= maxX) tree.add(minX, minY, maxX, maxY);
    else tree.add(Infinity, Infinity, Infinity, Infinity);
  }
  if (geometries.length === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return { tree, geometries };
}

/** Area index per point (-1 in none), one tree search and up to one turf test per candidate per point. */
export function locateWithBaseline(index: BaselineIndex, lng: Float64Array, lat: Float64Array): Int32Array {
  const result = new Int32Array(lng.length);
  for (let i = 0; i < lng.length; i++) {
    const point = [lng[i], lat[i]];
    const candidates = index.tree.search(point[0], point[1], point[0], point[1]).sort((a, b) => a - b);
    result[i] = candidates.find((area) => area < index.geometries.length && booleanPointInPolygon(point, index.geometries[area])) ?? -1;
  }
  return result;
}
