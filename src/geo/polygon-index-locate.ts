/**
 * The point → area join on a `PolygonIndex`. police.uk snaps incidents to far fewer distinct locations than
 * rows, so each distinct location is located once, in Hilbert order for cache locality, and the answers are
 * mapped back to the rows.
 */
import { hilbertCodes, sortByKey } from './hilbert';
import { isPointInPart } from './point-in-polygon';
import type { PolygonIndex } from './polygon-index';

/**
 * The area index holding (lng, lat), or -1 when it is in no area (or a coordinate is NaN). Edges follow the
 * half-open rule of `point-in-polygon.ts`; where generalised boundaries overlap, the lowest area index wins.
 */
export function locatePoint(index: PolygonIndex, lng: number, lat: number): number {
  const box = index.bbox;
  // Written as negations so NaN coordinates fail too.
  if (!(lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3])) return -1;
  let column = Math.floor((lng - box[0]) * index.gridScaleLng);
  if (column >= index.gridColumns) column = index.gridColumns - 1;
  let row = Math.floor((lat - box[1]) * index.gridScaleLat);
  if (row >= index.gridRows) row = index.gridRows - 1;
  const cell = row * index.gridColumns + column;
  const partBbox = index.partBbox;
  const cellParts = index.cellParts;
  for (let k = index.cellStart[cell], end = index.cellStart[cell + 1]; k < end; k++) {
    const part = cellParts[k];
    const b = part * 4;
    if (lng < partBbox[b] || lng > partBbox[b + 2] || lat < partBbox[b + 1] || lat > partBbox[b + 3]) continue;
    // Cell lists are in ascending part order and parts in area order: the first hit is the lowest area.
    if (isPointInPart(index, part, lng, lat)) return index.partArea[part];
  }
  return -1;
}

/** The join's answer and how much work it took. */
export interface LocatedPoints {
  /** Area index per point, -1 outside every area or without coordinates. */
  areaIndex: Int32Array;
  /** Point-in-polygon lookups made: about the number of distinct locations. */
  lookups: number;
}

/** How many earlier distinct locations in the same Hilbert cell a point is compared with before a new lookup. */
const RECENT_LOCATIONS = 8;

/**
 * `locatePoints`, also reporting the lookups made. Points are sorted by Hilbert code over the index's bbox
 * (radix sort), so identical coordinates fall in one run of equal codes: each is compared with the run's
 * last few distinct locations and only located when new. The coordinates travel with the keys through the
 * sort and the answers are scattered back last, so the walk itself reads memory sequentially.
 */
export function locatePointsCounted(index: PolygonIndex, lng: Float64Array, lat: Float64Array): LocatedPoints {
  const n = lng.length;
  if (lat.length !== n) throw new RangeError(`lng has ${n} values but lat has ${lat.length}`);
  const { order, sortedKeys, sortedLng, sortedLat } = sortByKey(hilbertCodes(lng, lat, index.bbox), lng, lat);
  const sortedArea = new Int32Array(n);
  const recent = new Int32Array(RECENT_LOCATIONS);
  let recentCount = 0;
  let lookups = 0;
  for (let k = 0; k < n; k++) {
    if (k === 0 || sortedKeys[k] !== sortedKeys[k - 1]) recentCount = 0;
    const x = sortedLng[k];
    const y = sortedLat[k];
    let area = -2;
    for (let r = 0; r < recentCount && r < RECENT_LOCATIONS; r++) {
      const j = recent[r];
      if (sortedLng[j] === x && sortedLat[j] === y) {
        area = sortedArea[j];
        break;
      }
    }
    if (area === -2) {
      area = locatePoint(index, x, y);
      lookups += 1;
      recent[recentCount % RECENT_LOCATIONS] = k;
      recentCount += 1;
    }
    sortedArea[k] = area;
  }
  const areaIndex = new Int32Array(n);
  for (let k = 0; k < n; k++) areaIndex[order[k]] = sortedArea[k];
  return { areaIndex, lookups };
}

/**
 * The area index of every point (-1 outside every area or without coordinates): `result[i]` is
 * `locatePoint(index, lng[i], lat[i])`, computed once per distinct location, in Hilbert order.
 */
export function locatePoints(index: PolygonIndex, lng: Float64Array, lat: Float64Array): Int32Array {
  return locatePointsCounted(index, lng, lat).areaIndex;
}
