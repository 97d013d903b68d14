/**
 * Well-Known Binary (OGC Simple Features 1.2.1, ISO 13249) for the geometry of GeoPackage and GeoParquet:
 * reading any 2D/Z/M Point…MultiPolygon and GeometryCollection into GeoJSON geometry (x, y kept; z and m
 * dropped), and writing Points and (Multi)Polygons little-endian. Throws `WkbError` on damaged input.
 */
import type { Geometry, Position } from 'geojson';

/** Damaged or unsupported WKB: what was wrong, at which byte. */
export class WkbError extends Error {}

const TYPE_NAMES = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'] as const;

interface Cursor {
  view: DataView;
  at: number;
}

function need(cursor: Cursor, bytes: number): void {
  if (cursor.at + bytes > cursor.view.byteLength) throw new WkbError(`geometry cut short at byte ${cursor.at}`);
}

function readGeometry(cursor: Cursor): Geometry {
  need(cursor, 5);
  const little = cursor.view.getUint8(cursor.at) === 1;
  let code = cursor.view.getUint32(cursor.at + 1, little);
  cursor.at += 5;
  // EWKB flags (PostGIS) and ISO thousands (1000 Z, 2000 M, 3000 ZM) say how many ordinates follow.
  let dimensions = 2 + ((code & 0x80000000) !== 0 ? 1 : 0) + ((code & 0x40000000) !== 0 ? 1 : 0);
  if (code & 0x20000000) { need(cursor, 4); cursor.at += 4; }
  code &= 0x0fffffff;
  const iso = Math.floor(code / 1000);
  if (iso > 0) dimensions = iso === 3 ? 4 : 3;
  const type = TYPE_NAMES[code % 1000];
  if (!type) throw new WkbError(`unknown geometry type ${code} at byte ${cursor.at - 4}`);
  const count = () => { need(cursor, 4); const value = cursor.view.getUint32(cursor.at, little); cursor.at += 4; return value; };
  const point = (): Position => {
    need(cursor, 8 * dimensions);
    const position = [cursor.view.getFloat64(cursor.at, little), cursor.view.getFloat64(cursor.at + 8, little)];
    cursor.at += 8 * dimensions;
    return position;
  };
  const points = () => Array.from({ length: count() }, point);
  const rings = () => Array.from({ length: count() }, points);
  const parts = <T>(read: () => T) => Array.from({ length: count() }, read);
  const inner = <T extends Geometry>(): T => readGeometry(cursor) as T;
  switch (type) {
    case 'Point': {
      const position = point();
      // An empty point is written as NaN, NaN.
      return Number.isNaN(position[0]) ? { type: 'MultiPoint', coordinates: [] } : { type, coordinates: position };
    }
    case 'LineString': return { type, coordinates: points() };
    case 'Polygon': return { type, coordinates: rings() };
    case 'MultiPoint': return { type, coordinates: parts(() => inner<{ type: 'Point'; coordinates: Position }>().coordinates) };
    case 'MultiLineString': return { type, coordinates: parts(() => inner<{ type: 'LineString'; coordinates: Position[] }>().coordinates) };
    case 'MultiPolygon': return { type, coordinates: parts(() => inner<{ type: 'Polygon'; coordinates: Position[][] }>().coordinates) };
    case 'GeometryCollection': return { type, geometries: parts(() => readGeometry(cursor)) };
  }
}

/** Reads one WKB geometry starting at `offset` of `bytes`. */
export function readWkb(bytes: Uint8Array, offset = 0): Geometry {
  return readGeometry({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at: offset });
}

/** Geometries `writeWkb` can write: what areas and incidents are. */
export type WritableGeometry = Extract<Geometry, { type: 'Point' | 'MultiPoint' | 'Polygon' | 'MultiPolygon' }>;

function sizeOf(geometry: WritableGeometry): number {
  switch (geometry.type) {
    case 'Point': return 21;
    case 'MultiPoint': return 9 + 21 * geometry.coordinates.length;
    case 'Polygon': return 9 + geometry.coordinates.reduce((sum, ring) => sum + 4 + 16 * ring.length, 0);
    case 'MultiPolygon': return 9 + geometry.coordinates.reduce((sum, rings) => sum + sizeOf({ type: 'Polygon', coordinates: rings }), 0);
  }
}

/** Writes a geometry as little-endian 2D WKB. */
export function writeWkb(geometry: WritableGeometry): Uint8Array {
  const bytes = new Uint8Array(sizeOf(geometry));
  const view = new DataView(bytes.buffer);
  let at = 0;
  const header = (code: number) => { view.setUint8(at, 1); view.setUint32(at + 1, code, true); at += 5; };
  const uint = (value: number) => { view.setUint32(at, value, true); at += 4; };
  const position = (p: Position) => { view.setFloat64(at, p[0], true); view.setFloat64(at + 8, p[1], true); at += 16; };
  const polygon = (rings: Position[][]) => { header(3); uint(rings.length); for (const ring of rings) { uint(ring.length); ring.forEach(position); } };
  switch (geometry.type) {
    case 'Point': header(1); position(geometry.coordinates); break;
    case 'MultiPoint': header(4); uint(geometry.coordinates.length); for (const p of geometry.coordinates) { header(1); position(p); } break;
    case 'Polygon': polygon(geometry.coordinates); break;
    case 'MultiPolygon': header(6); uint(geometry.coordinates.length); geometry.coordinates.forEach(polygon); break;
  }
  return bytes;
}
