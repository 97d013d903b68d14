/** Bounding boxes of GeoJSON geometries. */
import type { Geometry, Position } from 'geojson';
import type { BBox } from '../types';

/**
 * The box that is empty: min > max, so extending it with any position gives that position's box.
 * Returned by `bboxOfGeometries` when there are no positions at all.
 */
export const EMPTY_BBOX: Readonly<BBox> = [Infinity, Infinity, -Infinity, -Infinity];

function extendWithPositions(box: BBox, positions: Position[]): void {
  for (const position of positions) {
    const x = position[0];
    const y = position[1];
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
}

function extendWithGeometry(box: BBox, geometry: Geometry): void {
  switch (geometry.type) {
    case 'Point':
      extendWithPositions(box, [geometry.coordinates]);
      break;
    case 'MultiPoint':
    case 'LineString':
      extendWithPositions(box, geometry.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) extendWithPositions(box, line);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) extendWithPositions(box, ring);
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) extendWithGeometry(box, part);
      break;
  }
}

/**
 * `[minX, minY, maxX, maxY]` over every position of the given geometries, in whatever units they are in
 * (degrees for WGS84, metres for BNG). Null geometries are skipped; no positions gives `EMPTY_BBOX`.
 */
export function bboxOfGeometries(geometries: Iterable<Geometry | null | undefined>): BBox {
  const box: BBox = [...EMPTY_BBOX];
  for (const geometry of geometries) if (geometry) extendWithGeometry(box, geometry);
  return box;
}

/** True when the box holds at least one position (it is not `EMPTY_BBOX`). */
export function isNonEmptyBbox(box: Readonly<BBox>): boolean {
  return box[0] <= box[2] && box[1] <= box[3];
}

/** The smallest box holding every box given; EMPTY_BBOX's values for none. */
export function unionBBox(boxes: ReadonlyArray<Readonly<BBox>>): BBox {
  return boxes.reduce<BBox>((acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])], [...EMPTY_BBOX] as BBox);
}
